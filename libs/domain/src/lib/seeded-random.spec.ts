import { SeededRandom, splitMix64 } from './seeded-random';

const take = (random: SeededRandom, count: number) => Array.from({ length: count }, () => random.nextUint32());

describe('splitMix64', () => {
  it('gives the published reference outputs for seed 1234567 (Rosetta Code, "Splitmix64")', () => {
    const next = splitMix64(1_234_567n);
    expect([next(), next(), next(), next(), next()]).toEqual([
      6457827717110365317n,
      3203168211198807973n,
      9817491932198370423n,
      4593380528125082431n,
      16408922859458223821n,
    ]);
  });
});

describe('SeededRandom', () => {
  it('gives the reference xoshiro128** 1.1 outputs for the state 1, 2, 3, 4', () => {
    // The known-answer sequence of prng.di.unimi.it/xoshiro128starstar.c, also in the rand_xoshiro crate's tests.
    // First by hand: rotl(2 x 5, 7) x 9 = 1280 x 9 = 11520; the state becomes 7, 0, 1026, 12288, so the next is 0.
    expect(take(new SeededRandom([1, 2, 3, 4]), 10)).toEqual([
      11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849, 3729100597, 4258142804,
    ]);
  });

  it('fills the state from a seed with the first two SplitMix64 outputs, low word first', () => {
    // 6457827717110365317 = 0x599ed017_fb08fc85 and 3203168211198807973 = 0x2c73f084_58540fa5.
    const fromState = new SeededRandom([0xfb08fc85, 0x599ed017, 0x58540fa5, 0x2c73f084]);
    expect(take(SeededRandom.fromSeed(1_234_567), 8)).toEqual(take(fromState, 8));
  });

  it('repeats with the same seed and differs with another', () => {
    expect(take(SeededRandom.fromSeed(42), 20)).toEqual(take(SeededRandom.fromSeed(42), 20));
    expect(take(SeededRandom.fromSeed(42), 20)).not.toEqual(take(SeededRandom.fromSeed(43), 20));
  });

  it('gives floats in [0, 1) as the draw over 2^32', () => {
    const random = new SeededRandom([1, 2, 3, 4]);
    expect(random.nextFloat()).toBe(11520 / 4_294_967_296);
    expect(random.nextFloat()).toBe(0);
  });

  it('draws an index by multiply-and-shift, redrawing the uneven low values', () => {
    // For n = 3, 2^32 mod 3 = 1: only a draw whose low half of draw x 3 is 0 (the draw 0) is rejected. From the state
    // 1, 2, 3, 4 the second draw is 0, so nextIndex uses the third (5927040 x 3 / 2^32 -> 0) and the fourth follows.
    const random = new SeededRandom([1, 2, 3, 4]);
    random.nextUint32();
    expect(random.nextIndex(3)).toBe(0);
    expect(random.nextUint32()).toBe(70819200);
    // 2031721883 x 10 / 2^32 = 4.73 -> 4.
    expect(random.nextIndex(10)).toBe(4);
  });

  it('draws every index about equally often', () => {
    const random = SeededRandom.fromSeed(7);
    const counts = new Array<number>(7).fill(0);
    for (let i = 0; i < 70_000; i++) {
      const index = random.nextIndex(7);
      counts[index] = (counts[index] as number) + 1;
    }
    // 10,000 expected each; the standard deviation is about 93, so 500 is over five of them.
    for (const count of counts) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });

  it('rejects an all-zero state, a fractional seed and a range it cannot draw from evenly', () => {
    expect(() => new SeededRandom([0, 0, 0, 0])).toThrow('all zero');
    expect(() => SeededRandom.fromSeed(1.5)).toThrow('safe integer');
    const random = SeededRandom.fromSeed(1);
    expect(() => random.nextIndex(0)).toThrow('range');
    expect(() => random.nextIndex(2.5)).toThrow('range');
    expect(() => random.nextIndex(2 ** 21 + 1)).toThrow('range');
    expect(random.nextIndex(1)).toBe(0);
  });
});
