/**
 * Writes `v3_exported_tables.json` table by table without holding a table in memory. Upstream dumps the
 * whole object with `json.dump(indent=4)`; here the same JSON value is written with one row object per
 * line, which is still one JSON object keyed by table name with arrays of row objects (research notes
 * §8.4), and lets {@link readExportedJson} stream it back line by line.
 */
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { InfrastructureError } from 'rehearse';

export class ExportedJsonWriter {
  readonly #file: string;
  readonly #out: WriteStream;
  #tables = 0;
  #rowsInTable = -1;
  #failure: Error | undefined;

  constructor(file: string) {
    this.#file = file;
    this.#out = createWriteStream(file, { encoding: 'utf8' });
    this.#out.on('error', (error) => {
      this.#failure = error;
    });
    this.#out.write('{');
  }

  async beginTable(name: string): Promise<void> {
    await this.#write(`${this.#tables++ > 0 ? ',' : ''}\n    ${JSON.stringify(name)}: [`);
    this.#rowsInTable = 0;
  }

  /** `row` is one JSON object on one line (no raw newline: JSON.stringify escapes them). */
  async row(row: string): Promise<void> {
    await this.#write(`${this.#rowsInTable++ > 0 ? ',' : ''}\n        ${row}`);
  }

  async endTable(): Promise<void> {
    await this.#write(this.#rowsInTable > 0 ? '\n    ]' : ']');
    this.#rowsInTable = -1;
  }

  async close(): Promise<void> {
    this.#out.end('\n}\n');
    await once(this.#out, 'finish');
    this.#check();
  }

  async #write(text: string): Promise<void> {
    this.#check();
    if (!this.#out.write(text)) await once(this.#out, 'drain');
  }

  #check(): void {
    if (this.#failure) throw new InfrastructureError(`writing ${this.#file} failed: ${this.#failure.message}. Check free disk space in the work directory`, { cause: this.#failure });
  }
}
