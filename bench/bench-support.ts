/** Measures one benchmark: wall time and the process's peak resident memory. */
export async function measure(name: string, work: () => Promise<Record<string, number | string>>): Promise<void> {
  const started = performance.now();
  const extra = await work();
  const seconds = (performance.now() - started) / 1000;
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  const details = Object.entries(extra).map(([k, v]) => `${k}=${v}`).join(' ');
  console.log(`${seconds.toFixed(2)} s, peak RSS ${peakRssMb} MB${details ? `, ${details}` : ''}  (${name})`);
}
