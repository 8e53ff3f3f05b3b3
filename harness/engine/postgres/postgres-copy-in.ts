/**
 * `COPY … FROM STDIN` through node-postgres, for pg_dump's default data format: the statement is sent
 * as a simple query, the server answers CopyInResponse, then the rows go as CopyData messages and the
 * copy ends with CopyDone (or CopyFail), https://www.postgresql.org/docs/current/protocol-flow.html#PROTOCOL-COPY.
 *
 * node-postgres runs any object with a `submit(connection)` method as a query and hands it the
 * protocol messages (handleCopyInResponse, handleCommandComplete, handleError, handleReadyForQuery), and
 * its Connection sends CopyData / CopyDone / CopyFail; that is all this needs. Writes wait for the
 * socket to drain, so a multi-GB COPY block costs one chunk of memory.
 *
 * After a server error in copy-in mode the server discards the rest of the simple query and any
 * further CopyData, so the writer stops at the first error and reports it.
 */
import type { Socket } from 'node:net';
import type { CopyIn } from '../engine.ts';

/** The parts of pg's internal Connection this uses. */
interface PgWire {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  sendCopyFail(message: string): void;
  readonly stream: Socket;
}

export class CopyFromStdin implements CopyIn {
  readonly text: string;
  #wire: PgWire | undefined;
  #error: Error | undefined;
  #rows = 0;
  readonly #started: Promise<void>;
  readonly #finished: Promise<number>;
  #start!: { resolve: () => void; reject: (error: Error) => void };
  #finish!: { resolve: (rows: number) => void; reject: (error: Error) => void };

  constructor(text: string) {
    this.text = text;
    this.#started = new Promise((resolve, reject) => (this.#start = { resolve, reject }));
    this.#finished = new Promise((resolve, reject) => (this.#finish = { resolve, reject }));
    this.#started.catch(() => undefined);
    this.#finished.catch(() => undefined);
  }

  /** Resolves once the server is ready for rows; rejects when it refused the statement. */
  started(): Promise<void> {
    return this.#started;
  }

  // --- node-postgres submittable protocol ---
  submit(connection: PgWire): void {
    connection.query(this.text);
  }

  handleCopyInResponse(connection: PgWire): void {
    this.#wire = connection;
    this.#start.resolve();
  }

  handleCommandComplete(message: { text?: string }): void {
    const match = /^COPY (\d+)/.exec(message.text ?? '');
    if (match) this.#rows = Number(match[1]);
  }

  handleError(error: Error): void {
    this.#error = error;
    this.#start.reject(error);
    this.#finish.reject(error);
  }

  handleReadyForQuery(): void {
    if (this.#error) return;
    this.#start.reject(new Error('the server did not enter COPY mode for this statement'));
    this.#finish.resolve(this.#rows);
  }

  handleEmptyQuery(): void {}
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handlePortalSuspended(): void {}
  handleCopyData(): void {}

  // --- CopyIn ---
  async write(data: string): Promise<void> {
    if (this.#error) throw this.#error;
    const wire = this.#wire!;
    wire.sendCopyFromChunk(Buffer.from(data, 'utf8'));
    if (wire.stream.writableNeedDrain) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          wire.stream.off('drain', done);
          wire.stream.off('close', done);
          resolve();
        };
        wire.stream.on('drain', done);
        wire.stream.on('close', done);
      });
    }
  }

  async end(): Promise<number> {
    if (!this.#error) this.#wire!.endCopyFrom();
    return this.#finished;
  }

  async fail(reason: string): Promise<void> {
    if (!this.#error && this.#wire) this.#wire.sendCopyFail(reason);
    await this.#finished.catch(() => undefined);
  }
}
