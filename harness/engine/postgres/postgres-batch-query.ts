/**
 * Several statements sent as one simple query
 * (https://www.postgresql.org/docs/current/protocol-flow.html#PROTOCOL-FLOW-MULTI-STATEMENT): the server
 * answers each statement with CommandComplete, stops at the first error, and ends with ReadyForQuery. Unless
 * the statements hold transaction control of their own, they run as one implicit transaction: an error
 * rolls back every statement of the query, and an error inside a transaction the script opened aborts it.
 *
 * The server names no statement in its error, but its messages arrive in order: the number of
 * CommandComplete messages before an error or a notice is the index of the statement that raised it. So
 * this records each completed statement's command tag and the notices raised while each one ran.
 *
 * node-postgres runs any object with a `submit(connection)` method as a query and hands it the protocol
 * messages (as for {@link CopyFromStdin}); notices reach it through the connection's notice handler.
 */
import type { NoticeMessage } from 'pg-protocol/dist/messages.js';

/** What the server answered to a batch. */
export interface BatchAnswer {
  /** Command tags of the statements the server completed, in order (`INSERT 0 1`). */
  readonly tags: readonly string[];
  /** `notices[i]`: the notices raised while statement i ran (sparse: statements without any have none). */
  readonly notices: readonly (readonly NoticeMessage[] | undefined)[];
  /** The server's error, when a statement failed; then the statements after it did not run. */
  readonly error?: unknown;
  /** The transaction status the server reported after a batch that succeeded (`I` idle, `T` in a
   * transaction); unknown after an error, whose ReadyForQuery node-postgres does not hand to the query. */
  readonly status?: string | null;
}

/** The parts of pg's internal Connection this uses. */
interface PgWire {
  query(text: string): void;
  sendCopyFail(message: string): void;
}

export class BatchQuery {
  readonly text: string;
  readonly #status: () => string | null;
  readonly #tags: string[] = [];
  readonly #notices: NoticeMessage[][] = [];
  readonly #answer: Promise<BatchAnswer>;
  #resolve!: (answer: BatchAnswer) => void;
  #settled = false;

  /** `status` reads the connection's transaction status, set by the server's ReadyForQuery. */
  constructor(text: string, status: () => string | null) {
    this.text = text;
    this.#status = status;
    this.#answer = new Promise((resolve) => (this.#resolve = resolve));
  }

  /** Resolves once the server has answered the whole batch; a failing statement does not reject it. */
  answer(): Promise<BatchAnswer> {
    return this.#answer;
  }

  /** A notice arrived while this batch ran: it belongs to the statement after the completed ones. */
  notice(notice: NoticeMessage): void {
    (this.#notices[this.#tags.length] ??= []).push(notice);
  }

  // --- node-postgres submittable protocol ---
  submit(connection: PgWire): void {
    connection.query(this.text);
  }

  handleCommandComplete(message: { text?: string }): void {
    this.#tags.push(message.text ?? '');
  }

  handleError(error: unknown): void {
    this.#settle({ tags: this.#tags, notices: this.#notices, error });
  }

  handleReadyForQuery(): void {
    this.#settle({ tags: this.#tags, notices: this.#notices, status: this.#status() });
  }

  /** Only a statement the server read differently from the splitter can start a COPY here: refuse it,
   * so that the server ends the batch with an error instead of waiting for rows. */
  handleCopyInResponse(connection: PgWire): void {
    connection.sendCopyFail('a COPY FROM STDIN cannot run inside a batch of INSERT statements');
  }

  handleEmptyQuery(): void {}
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handlePortalSuspended(): void {}
  handleCopyData(): void {}

  #settle(answer: BatchAnswer): void {
    if (this.#settled) return;
    this.#settled = true;
    this.#resolve(answer);
  }
}
