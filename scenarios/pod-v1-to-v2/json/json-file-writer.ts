/**
 * Writes the export files the Pod v1 shell script writes, as streams: a top-level JSON array (Django's
 * serializer, `[{"model", "pk", "fields"}, …]`, research §6.2) or a top-level object keyed by the v1 video
 * id (`json.dumps(list_tag, indent=2)`, §6.3). One element is in memory at a time; back-pressure is
 * honoured so a 10,000-video export never buffers the whole file.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { InfrastructureError, errorMessage } from 'rehearse';

/** Indents a JSON value by two spaces per level, as Python's `indent=2` does, nested one level deep. */
function nested(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
}

export class JsonFileWriter {
  readonly #file: string;
  readonly #out: WriteStream;
  readonly #close: string;
  #count = 0;

  private constructor(file: string, open: string, close: string) {
    this.#file = file;
    this.#out = createWriteStream(file, { encoding: 'utf8' });
    this.#close = close;
    this.#out.write(open);
  }

  /** `[` … `]`: Django serializer output. */
  static array(file: string): JsonFileWriter {
    return new JsonFileWriter(file, '[', '\n]');
  }

  /** `{` … `}`: an id-keyed map. */
  static object(file: string): JsonFileWriter {
    return new JsonFileWriter(file, '{', '\n}');
  }

  /** Elements written so far. */
  get count(): number {
    return this.#count;
  }

  /** Appends one array element. */
  async element(value: unknown): Promise<void> {
    await this.#write(`${this.#count++ ? ',' : ''}\n${JSON.stringify(value, null, 2)}`);
  }

  /** Appends one `"key": value` entry of an object file. */
  async entry(key: string, value: unknown): Promise<void> {
    await this.#write(`${this.#count++ ? ',' : ''}\n  ${JSON.stringify(key)}: ${nested(value)}`);
  }

  async close(): Promise<void> {
    this.#out.end(this.#count ? this.#close : this.#close.trim());
    try {
      await once(this.#out, 'finish');
    } catch (cause) {
      throw new InfrastructureError(`cannot write export file ${this.#file}: ${errorMessage(cause)}. Check free disk space in the work directory`, { cause });
    }
  }

  async #write(text: string): Promise<void> {
    if (!this.#out.write(text)) await once(this.#out, 'drain');
  }
}
