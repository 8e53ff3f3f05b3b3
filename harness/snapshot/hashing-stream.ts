/**
 * A pass-through stream that computes the sha256 and byte size of what flows through it. With an
 * expectation it also checks them when the stream ends, so a corrupt member is reported at the end of
 * that member at the latest, while the bytes are being used (loaded, extracted), not in a separate pass.
 */
import { createHash, type Hash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

export interface HashExpectation {
  readonly sha256: string;
  readonly size: number;
  /** Builds the error raised on a mismatch; receives the actual values. */
  readonly onMismatch: (actual: { sha256: string; size: number }) => Error;
}

export class HashingStream extends Transform {
  readonly #hash: Hash = createHash('sha256');
  readonly #expected: HashExpectation | undefined;
  #size = 0;
  #digest: string | undefined;

  constructor(expected?: HashExpectation) {
    super();
    this.#expected = expected;
  }

  /** Bytes seen so far. */
  get size(): number {
    return this.#size;
  }

  /** The hex sha256, available once the stream has ended. */
  get sha256(): string {
    if (this.#digest === undefined) throw new Error('HashingStream: sha256 read before the stream ended');
    return this.#digest;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.#hash.update(chunk);
    this.#size += chunk.length;
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    this.#digest = this.#hash.digest('hex');
    const expected = this.#expected;
    if (expected && (expected.sha256 !== this.#digest || expected.size !== this.#size)) {
      callback(expected.onMismatch({ sha256: this.#digest, size: this.#size }));
      return;
    }
    callback();
  }
}

/** The first 12 hex digits of a hash followed by an ellipsis, for messages. */
export function shortHash(sha256: string): string {
  return `${sha256.slice(0, 12)}…`;
}
