/**
 * Groups the per-video saves of a step into transactions of a few hundred videos. Django commits each
 * save on its own (autocommit); on a throwaway server that costs one log flush per statement, which made
 * `import_data tags` on 10,000 videos take minutes. The rows written are the same; a failure leaves the
 * last group uncommitted, which does not matter as the step then fails.
 * https://mariadb.com/kb/en/start-transaction/
 */
import type { Connection } from 'rehearse';

export class CommitBatches {
  readonly #target: Connection;
  readonly #every: number;
  #count = 0;

  private constructor(target: Connection, every: number) {
    this.#target = target;
    this.#every = every;
  }

  static async start(target: Connection, every = 250): Promise<CommitBatches> {
    await target.execute('START TRANSACTION');
    return new CommitBatches(target, every);
  }

  /** Call after each video: commits every `every` videos. */
  async next(): Promise<void> {
    if (++this.#count % this.#every !== 0) return;
    await this.#target.execute('COMMIT');
    await this.#target.execute('START TRANSACTION');
  }

  async end(): Promise<void> {
    await this.#target.execute('COMMIT');
  }
}
