/**
 * Progress on screen. On a terminal: a live status line (current phase or step, elapsed time, rows
 * loaded) above which finished phases, steps and checks scroll. Not on a terminal (CI logs): one plain
 * line per finished item, no animation.
 */
import { formatDuration } from '../report/render/format-duration.ts';
import { STEPS_PHASE } from '../run/phases.ts';
import type { RehearsalEvent } from '../run/rehearsal-events.ts';
import type { AnyStatus } from '../run/statuses.ts';

const STATUS_MARK: Readonly<Record<AnyStatus, string>> = { passed: '✔', failed: '✖', errored: '✖', skipped: '–', 'not-run': '–' };

export class ProgressDisplay {
  readonly #out: NodeJS.WriteStream;
  readonly #live: boolean;
  #current = '';
  /** The checks running now (several when they run concurrently), by scenario index. */
  readonly #runningChecks = new Map<number, string>();
  #checkTotal = 0;
  #detail = '';
  #since = performance.now();
  #timer: NodeJS.Timeout | undefined;

  constructor(out: NodeJS.WriteStream = process.stderr, options: { quiet?: boolean } = {}) {
    this.#out = out;
    this.#live = Boolean(out.isTTY) && !options.quiet && !process.env.CI;
  }

  handle = (event: RehearsalEvent): void => {
    switch (event.type) {
      case 'phase-start':
        this.#status(event.name);
        break;
      case 'phase-end':
        // Each step printed its own line; the phase that ran them would only repeat it.
        if (event.phase.name !== STEPS_PHASE) {
          this.#line(`${STATUS_MARK[event.phase.status]} ${event.phase.name} (${formatDuration(event.phase.durationMs)})${event.phase.detail ? `: ${event.phase.detail}` : ''}`);
        }
        break;
      case 'step-start':
        this.#status(`step ${event.index + 1}/${event.total} ${event.id}: ${event.description}`);
        break;
      case 'step-end':
        this.#line(`${STATUS_MARK[event.step.status]} step ${event.step.id} (${formatDuration(event.step.durationMs)})${event.step.error ? `: ${event.step.error}` : ''}`);
        break;
      case 'check-start':
        this.#runningChecks.set(event.index, event.id);
        this.#checkTotal = event.total;
        this.#status(this.#checksStatus());
        break;
      case 'check-end':
        for (const [index, id] of this.#runningChecks) if (id === event.check.id) this.#runningChecks.delete(index);
        if (this.#runningChecks.size > 0) this.#current = this.#checksStatus();
        this.#line(`${STATUS_MARK[event.check.status]} check ${event.check.id} [${event.check.severity}] ${event.check.summary}`);
        break;
      case 'progress':
        this.#detail = event.message;
        break;
    }
  };

  /** "check 3/7 contents" or, with checks running side by side, "checks 3,4/7 contents, tags". */
  #checksStatus(): string {
    const running = [...this.#runningChecks].sort(([a], [b]) => a - b);
    const numbers = running.map(([index]) => index + 1).join(',');
    return `check${running.length > 1 ? 's' : ''} ${numbers}/${this.#checkTotal} ${running.map(([, id]) => id).join(', ')}`;
  }

  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
    if (this.#live) this.#out.write('\r\x1b[2K');
  }

  #status(name: string): void {
    this.#current = name;
    this.#detail = '';
    this.#since = performance.now();
    if (!this.#live) return;
    this.#timer ??= setInterval(() => this.#render(), 200);
    this.#timer.unref();
    this.#render();
  }

  #render(): void {
    const elapsed = formatDuration(performance.now() - this.#since);
    const text = `… ${this.#current} [${elapsed}]${this.#detail ? ` ${this.#detail}` : ''}`;
    const width = this.#out.columns ?? 100;
    this.#out.write(`\r\x1b[2K${text.slice(0, width - 1)}`);
  }

  #line(text: string): void {
    if (this.#live) this.#out.write('\r\x1b[2K');
    this.#out.write(`${text}\n`);
    if (this.#live) this.#render();
  }
}
