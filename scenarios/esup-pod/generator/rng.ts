/**
 * Deterministic pseudo-random numbers for the generator. Every table is generated from its own stream:
 * a row's generator is seeded from (seed, stream name, row id), so any row can be re-derived on its own
 * and a table can be written without keeping the others in memory. sfc32 (Chris Doty-Humphrey's "small
 * fast counting" generator) passes PractRand and costs a few additions per number; splitmix32 mixes the
 * seed words so that neighbouring ids give unrelated streams.
 */

/** FNV-1a over the UTF-16 code units of a string: a stable 32-bit seed for a stream name. */
export function hashString(text: string, basis = 0x811c9dc5): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function splitmix32(state: number): number {
  let z = (state + 0x9e3779b9) >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
  return (z ^ (z >>> 16)) >>> 0;
}

export class Rng {
  #a: number;
  #b: number;
  #c: number;
  #d: number;

  constructor(seed: number, salt = 0) {
    this.#a = splitmix32(seed ^ 0x6a09e667);
    this.#b = splitmix32(this.#a ^ salt);
    this.#c = splitmix32(this.#b + 0x3c6ef372);
    this.#d = 1;
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  nextUint32(): number {
    const t = (((this.#a + this.#b) >>> 0) + this.#d) >>> 0;
    this.#d = (this.#d + 1) >>> 0;
    this.#a = this.#b ^ (this.#b >>> 9);
    this.#b = (this.#c + (this.#c << 3)) >>> 0;
    this.#c = ((this.#c << 21) | (this.#c >>> 11)) >>> 0;
    this.#c = (this.#c + t) >>> 0;
    return t;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform integer in [min, max] (both included). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('Rng.pick called on an empty list');
    return item;
  }

  /** `count` distinct integers from [1, max], in drawing order (count is clamped to max). */
  distinct(count: number, max: number): number[] {
    const out: number[] = [];
    const n = Math.min(count, max);
    while (out.length < n) {
      const v = this.int(1, max);
      if (!out.includes(v)) out.push(v);
    }
    return out;
  }
}

/** The seed of one stream (a table or an aspect of an entity) for a generator seed. */
export function streamSeed(seed: number, stream: string): number {
  return hashString(stream, splitmix32(seed >>> 0));
}

/** The generator of row `id` in a stream: the same (seed, stream, id) always gives the same numbers. */
export function rowRng(stream: number, id: number): Rng {
  return new Rng(stream, splitmix32((id >>> 0) ^ Math.imul(Math.floor(id / 4294967296), 0x27d4eb2d)));
}
