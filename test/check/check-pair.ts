/**
 * A source and a target database of one engine for the check tests, started once per `describe` through
 * the providers, and reset before each test by a script (every statement of it runs on both sides).
 */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { CheckContext } from '../../harness/check/check.ts';
import type { Connection } from '../../harness/engine/engine.ts';
import { startTestDatabasePair, type TestDatabasePair, type TestEngine } from '../support/test-databases.ts';
import { checkContext } from './check-context.ts';

export interface CheckPair {
  readonly source: Connection;
  readonly target: Connection;
  /** A CheckContext over both connections, keeping at most `maxExamples` examples. */
  ctx(maxExamples?: number): CheckContext;
}

/** Registers the hooks that start `engine`'s pair, run `reset` on both sides before each test and stop it. */
export function useCheckPair(engine: TestEngine, reset: string): CheckPair {
  let pair: TestDatabasePair | undefined;
  let source: Connection | undefined;
  let target: Connection | undefined;
  beforeAll(async () => {
    pair = await startTestDatabasePair(engine);
    [source, target] = await Promise.all([pair.source.connect(), pair.target.connect()]);
  }, 180_000);
  afterAll(async () => {
    await Promise.allSettled([source?.close(), target?.close()]);
    await pair?.stop();
  });
  beforeEach(async () => {
    await Promise.all([source!.runScript(reset), target!.runScript(reset)]);
  });
  return {
    get source() {
      return source!;
    },
    get target() {
      return target!;
    },
    ctx: (maxExamples = 5) => checkContext(source!, target!, { maxExamples }),
  };
}
