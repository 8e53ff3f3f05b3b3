/**
 * A namespaced debug logger: library code never writes to the console directly. Lines appear on stderr
 * when REHEARSE_DEBUG is set (`REHEARSE_DEBUG=1` or a comma list of prefixes such as `engine,provider`).
 */
export interface Logger {
  debug(message: string): void;
  child(scope: string): Logger;
}

const enabled = (process.env.REHEARSE_DEBUG ?? '').split(',').map((s) => s.trim()).filter(Boolean);

function isEnabled(scope: string): boolean {
  if (enabled.length === 0) return false;
  return enabled.some((prefix) => prefix === '1' || prefix === '*' || scope.startsWith(prefix));
}

export function createLogger(scope: string): Logger {
  const on = isEnabled(scope);
  return {
    debug(message: string) {
      if (on) process.stderr.write(`[${scope}] ${message}\n`);
    },
    child(child: string) {
      return createLogger(`${scope}/${child}`);
    },
  };
}
