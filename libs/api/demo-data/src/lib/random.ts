import type { RandomGenerator } from 'pure-rand/lib/types/RandomGenerator';

// pure-rand 8 publishes its entry points only through package "exports", which the workspace's node10 module
// resolution cannot follow; the type-only import above is erased, so it may name the file directly.
const { xoroshiro128plus } = require('pure-rand/generator/xoroshiro128plus') as {
  xoroshiro128plus: (seed: number) => RandomGenerator;
};

const TWO_POW_32 = 4294967296;
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Seeded random draws for the demo generator: the same seed gives the same sequence on every machine. */
export class Random {
  private readonly generator: RandomGenerator;

  constructor(seed: number) {
    this.generator = xoroshiro128plus(seed);
    // The first outputs of a freshly seeded xoroshiro still show the seed's zero bits.
    for (let i = 0; i < 16; i++) this.generator.next();
  }

  /** Uniform in [0, 1). */
  float(): number {
    return (this.generator.next() >>> 0) / TWO_POW_32;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.float() * n);
  }

  chance(probability: number): boolean {
    return this.float() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error('cannot pick from an empty list');
    return item;
  }

  /** Picks a key of the choice with probability proportional to its weight. */
  weighted<K extends string>(choice: WeightedChoice<K>): K {
    const target = this.float() * choice.total;
    const index = choice.cumulative.findIndex((bound) => target < bound);
    return choice.keys[index === -1 ? choice.keys.length - 1 : index] as K;
  }

  /** Log-normal draw with the given median; sigma is the spread of the underlying normal. */
  logNormal(median: number, sigma: number): number {
    const u = 1 - this.float();
    const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.float());
    return median * Math.exp(sigma * normal);
  }

  /** A version-4 UUID drawn from the sequence, so ids repeat with the seed. */
  uuid(): string {
    const a = this.generator.next() >>> 0;
    const b = ((this.generator.next() & 0xffff0fff) | 0x4000) >>> 0;
    const c = ((this.generator.next() & 0x3fffffff) | 0x80000000) >>> 0;
    const d = this.generator.next() >>> 0;
    return `${hex32(a)}-${hex32(b).slice(0, 4)}-${hex32(b).slice(4)}-${hex32(c).slice(0, 4)}-${hex32(c).slice(4)}${hex32(d)}`;
  }
}

function hex32(value: number): string {
  return (
    (HEX[value >>> 24] as string) +
    (HEX[(value >>> 16) & 0xff] as string) +
    (HEX[(value >>> 8) & 0xff] as string) +
    (HEX[value & 0xff] as string)
  );
}

/** Keys with weights, prepared once for many draws. */
export class WeightedChoice<K extends string> {
  readonly keys: readonly K[];
  readonly cumulative: readonly number[];
  readonly total: number;

  constructor(weights: Readonly<Record<K, number>>) {
    this.keys = Object.keys(weights) as K[];
    let total = 0;
    this.cumulative = this.keys.map((key) => (total += weights[key]));
    this.total = total;
  }
}
