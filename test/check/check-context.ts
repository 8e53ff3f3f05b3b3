/** A CheckContext over two real connections, for running checks directly in tests. */
import type { CheckContext } from '../../harness/check/check.ts';
import type { Connection } from '../../harness/engine/engine.ts';
import { createLogger } from '../../harness/log.ts';

export function checkContext(source: Connection, target: Connection, maxExamples = 5): CheckContext {
  return {
    source,
    target,
    maxExamples,
    warnings: [],
    workdir: process.cwd(),
    media: { source: () => undefined, target: () => undefined },
    log: createLogger('test/check'),
    signal: new AbortController().signal,
  };
}
