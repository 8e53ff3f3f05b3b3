/**
 * A namespaced debug logger: library code never writes to the console directly. Lines appear on stderr
 * when REHEARSE_DEBUG is set (`REHEARSE_DEBUG=1` or a comma list of prefixes such as `engine,provider`).
 * Every line passes through the redactions of the rehearsals running at that moment
 * ({@link addLogRedaction}): a debug log is pasted into bug reports, it must not carry a password.
 */
export interface Logger {
  debug(message: string): void;
  child(scope: string): Logger;
}

/** REHEARSE_DEBUG is read when a line is logged, not when a module loads: the CLI's --debug sets it
 * after the modules (and their loggers) exist. */
function enabledPrefixes(): string[] {
  return (process.env.REHEARSE_DEBUG ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

/** Redactions of the rehearsals in progress; each removes its own when it ends. */
const redactions = new Set<(text: string) => string>();

/**
 * Masks what `redaction` masks in every log line until the returned function is called. A rehearsal adds
 * its secret registry's redaction for its own duration, so nothing outlives the run.
 */
export function addLogRedaction(redaction: (text: string) => string): () => void {
  const own = (text: string) => redaction(text);
  redactions.add(own);
  return () => {
    redactions.delete(own);
  };
}

function isEnabled(scope: string): boolean {
  const enabled = enabledPrefixes();
  if (enabled.length === 0) return false;
  return enabled.some((prefix) => prefix === '1' || prefix === '*' || scope.startsWith(prefix));
}

export function createLogger(scope: string): Logger {
  return {
    debug(message: string) {
      if (!isEnabled(scope)) return;
      let line = `[${scope}] ${message}`;
      for (const redaction of redactions) line = redaction(line);
      process.stderr.write(`${line}\n`);
    },
    child(child: string) {
      return createLogger(`${scope}/${child}`);
    },
  };
}
