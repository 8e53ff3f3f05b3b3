/**
 * Writes `v3_exported_tables.json` table by table without holding a table in memory. Upstream dumps the
 * whole object with `json.dump(indent=4)`; here the same JSON value is written with one row object per
 * line, which is still one JSON object keyed by table name with arrays of row objects (research notes
 * §8.4), and lets {@link readExportedJson} stream it back line by line.
 *
 * Rows are gathered into chunks of about {@link CHUNK_CHARS} characters before they reach the file
 * stream: a write (and an await) per row cost as much as reading the row from the database.
 */
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { InfrastructureError } from 'rehearse';

/** Characters gathered before a write: large enough to amortise a write, small next to the memory budget. */
const CHUNK_CHARS = 256 * 1024;

export class ExportedJsonWriter {
  readonly #file: string;
  readonly #out: WriteStream;
  #tables = 0;
  #rowsInTable = -1;
  #chunk: string[] = [];
  #chunkChars = 0;
  #failure: Error | undefined;

  constructor(file: string) {
    this.#file = file;
    this.#out = createWriteStream(file, { encoding: 'utf8' });
    this.#out.on('error', (error) => {
      this.#failure = error;
    });
    this.#add('{');
  }

  async beginTable(name: string): Promise<void> {
    this.#add(`${this.#tables++ > 0 ? ',' : ''}\n    ${JSON.stringify(name)}: [`);
    this.#rowsInTable = 0;
    await this.#flushIfFull();
  }

  /** `row` is one JSON object on one line (no raw newline: JSON.stringify escapes them). */
  async row(row: string): Promise<void> {
    this.#add(`${this.#rowsInTable++ > 0 ? ',' : ''}\n        ${row}`);
    await this.#flushIfFull();
  }

  async endTable(): Promise<void> {
    this.#add(this.#rowsInTable > 0 ? '\n    ]' : ']');
    this.#rowsInTable = -1;
    await this.#flushIfFull();
  }

  async close(): Promise<void> {
    this.#check();
    this.#add('\n}\n');
    this.#out.end(this.#takeChunk());
    await once(this.#out, 'finish');
    this.#check();
  }

  #add(text: string): void {
    this.#chunk.push(text);
    this.#chunkChars += text.length;
  }

  /** Only a full chunk is written (a promise per row is cheap when nothing is awaited inside). */
  async #flushIfFull(): Promise<void> {
    if (this.#chunkChars < CHUNK_CHARS) return;
    this.#check();
    if (!this.#out.write(this.#takeChunk())) await once(this.#out, 'drain');
  }

  #takeChunk(): string {
    const text = this.#chunk.join('');
    this.#chunk = [];
    this.#chunkChars = 0;
    return text;
  }

  #check(): void {
    if (this.#failure) throw new InfrastructureError(`writing ${this.#file} failed: ${this.#failure.message}. Check free disk space in the work directory`, { cause: this.#failure });
  }
}
