/**
 * Deterministic randomness for the generator: every row draws from its own stream, seeded from the
 * generator seed, the table name and the row number, so a row never depends on the rows before it and a
 * table is written without keeping anything in memory. mulberry32 (Tommy Ettinger's 32-bit generator)
 * is enough for test data; the seed words are mixed with FNV-1a.
 */

function fnv1a(text: string, basis: number): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** A small deterministic generator of numbers in [0, 1) and of choices. */
export class RowRandom {
  #state: number;

  constructor(seed: number, stream: string, row: number) {
    this.#state = fnv1a(`${stream}#${row}`, (0x811c9dc5 ^ Math.imul(seed >>> 0, 0x9e3779b1)) >>> 0);
  }

  next(): number {
    let t = (this.#state = (this.#state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Hex digits, for uuids and password hashes. */
  hex(length: number): string {
    let out = '';
    while (out.length < length) out += Math.floor(this.next() * 16).toString(16);
    return out;
  }

  uuid(): string {
    const h = this.hex(32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }
}
