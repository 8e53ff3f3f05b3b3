import { SqlStatementSplitter } from '../harness/engine/sql-script/sql-statement-splitter.ts';
const row = (i: number) => `(${i},'Name ${i} it\\'s a \\"test\\"','2024-01-01 00:00:00',${i * 1.5},NULL)`;
const stmt = 'INSERT INTO `t` VALUES ' + Array.from({ length: 5000 }, (_, i) => row(i)).join(',') + ';\n';
const script = stmt.repeat(150);
console.log('MB', (script.length / 1e6).toFixed(1));
for (const d of ['mysql', 'postgres'] as const) {
  const t = Date.now();
  const s = new SqlStatementSplitter({ dialect: d });
  let n = 0;
  for (let i = 0; i < script.length; i += 65536) n += s.push(script.slice(i, i + 65536)).length;
  n += s.end().length;
  console.log(d, n, Date.now() - t, 'ms', 'heap MB', (process.memoryUsage().heapUsed / 1e6).toFixed(0));
}
