/**
 * Progress of a long comparison: rows settled per second and an estimate of the time left, at most
 * every two seconds, through the check context's progress channel.
 */
const EVERY_MS = 2000;

export class ProgressMeter {
  #tables: number;
  #tablesDone = 0;
  #rows = 0;
  #started = performance.now();
  #shown = 0;
  #show: ((message: string) => void) | undefined;

  constructor(tables: number, show: ((message: string) => void) | undefined) {
    this.#tables = tables;
    this.#show = show;
  }

  rows(count: number): void {
    this.#rows += count;
    this.#maybeShow();
  }

  tableDone(): void {
    this.#tablesDone++;
    this.#maybeShow();
  }

  finish(): void {
    if (this.#shown) this.#show?.(this.message());
  }

  /** `contents: 3/12 tables, 1,204,000 rows, 812,000 rows/s, about 9 s left`. */
  message(): string {
    const seconds = (performance.now() - this.#started) / 1000;
    const rate = seconds > 0 ? Math.round(this.#rows / seconds) : 0;
    // Time left assumes the remaining tables are as large on average as those done.
    const left = this.#tablesDone > 0 ? ((this.#tables - this.#tablesDone) * seconds) / this.#tablesDone : undefined;
    const eta = left === undefined ? '' : `, about ${Math.ceil(left)} s left`;
    return `contents: ${this.#tablesDone}/${this.#tables} tables, ${this.#rows.toLocaleString('en')} rows, ${rate.toLocaleString('en')} rows/s${eta}`;
  }

  #maybeShow(): void {
    const now = performance.now();
    if (!this.#show || now - this.#shown < EVERY_MS) return;
    this.#shown = now;
    this.#show(this.message());
  }
}
