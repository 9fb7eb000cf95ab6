const TWO_POW_32 = 4_294_967_296;
/** Largest range nextIndex accepts: a 32-bit draw times it stays an exact double (below 2^53). */
const MAX_INDEX_RANGE = 2 ** 21;
const MASK_64 = (1n << 64n) - 1n;
// Bound once: looking a global up on every draw is slow where code runs in a vm context (as under Jest).
const { imul, floor } = Math;

/**
 * SplitMix64 (Steele, Lea and Flood), the generator the xoshiro authors advise for turning one seed into a full
 * state. The seed is taken modulo 2^64; each call returns the next 64-bit output.
 */
export function splitMix64(seed: bigint): () => bigint {
  let state = BigInt.asUintN(64, seed);
  return () => {
    state = (state + 0x9e3779b97f4a7c15n) & MASK_64;
    let z = state;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK_64;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK_64;
    return z ^ (z >> 31n);
  };
}

/**
 * Repeatable pseudo-random numbers: xoshiro128** 1.1 by Blackman and Vigna (public-domain reference code at
 * prng.di.unimi.it/xoshiro128starstar.c), 32-bit arithmetic only, so the same seed gives the same sequence in Node
 * and in the browser. Good for resampling and simulation; not for anything secret.
 */
export class SeededRandom {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  /** Starts from four 32-bit state words, not all zero. */
  constructor(state: readonly [number, number, number, number]) {
    if (state.every((word) => word >>> 0 === 0)) throw new Error('the state must not be all zero');
    this.s0 = state[0] | 0;
    this.s1 = state[1] | 0;
    this.s2 = state[2] | 0;
    this.s3 = state[3] | 0;
  }

  /** The state filled from a seed (an integer) by the first two SplitMix64 outputs, low word first. */
  static fromSeed(seed: number): SeededRandom {
    if (!Number.isSafeInteger(seed)) throw new Error('the seed must be a safe integer');
    const next = splitMix64(BigInt(seed));
    const first = next();
    const second = next();
    // SplitMix64 is a bijection of its counter, so two consecutive outputs are never both zero.
    return new SeededRandom([
      Number(first & 0xffffffffn),
      Number(first >> 32n),
      Number(second & 0xffffffffn),
      Number(second >> 32n),
    ]);
  }

  /** The next output, an integer in [0, 2^32). */
  nextUint32(): number {
    const s1 = this.s1;
    const result = imul(rotateLeft(imul(s1, 5), 7), 9);
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= s1;
    this.s1 = s1 ^ this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotateLeft(this.s3, 11);
    return result >>> 0;
  }

  /** Uniform in [0, 1), in steps of 2^-32. */
  nextFloat(): number {
    return this.nextUint32() / TWO_POW_32;
  }

  /**
   * Uniform integer in [0, n) for 1 <= n <= 2^21, without the bias of a plain modulo or scaling: Lemire's
   * multiply-and-reject, which redraws in the rare case the low half of draw x n falls in the uneven part.
   */
  nextIndex(n: number): number {
    if (!(n >= 1 && n <= MAX_INDEX_RANGE && floor(n) === n)) throw new Error('the range must be an integer 1..2^21');
    let draw = this.nextUint32();
    let low = imul(draw, n) >>> 0;
    if (low < n) {
      const threshold = (TWO_POW_32 - n) % n;
      while (low < threshold) {
        draw = this.nextUint32();
        low = imul(draw, n) >>> 0;
      }
    }
    return floor((draw * n) / TWO_POW_32);
  }
}

function rotateLeft(x: number, bits: number): number {
  return (x << bits) | (x >>> (32 - bits));
}
