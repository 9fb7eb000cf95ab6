import { inSample, sampleRate } from './sampling';

const ID = '0b6c3f4e-8d2a-4c1b-9e7f-5a4d3c2b1a09';

describe('survey sampling', () => {
  const settings = { sampleBySeverity: { S1: 1, S3: 0.25 }, sampleByCategory: { network: 0, hardware: 0.5 } };

  it("takes the category's rate over the severity's, and surveys all when neither is set", () => {
    expect(sampleRate(settings, 'S1', 'network')).toBe(0);
    expect(sampleRate(settings, 'S3', 'hardware')).toBe(0.5);
    expect(sampleRate(settings, 'S3', 'software')).toBe(0.25);
    expect(sampleRate(settings, 'S2', 'software')).toBe(1);
  });

  it('surveys every resolution at rate 1 and none at rate 0', () => {
    const events = Array.from({ length: 200 }, (_, i) => String(i + 1));
    expect(events.every((event) => inSample(1, ID, event))).toBe(true);
    expect(events.some((event) => inSample(0, ID, event))).toBe(false);
  });

  it('decides the same for the same resolution, every time', () => {
    const first = Array.from({ length: 50 }, (_, i) => inSample(0.5, ID, String(i)));
    const again = Array.from({ length: 50 }, (_, i) => inSample(0.5, ID, String(i)));
    expect(again).toEqual(first);
  });

  it('takes about the share asked for', () => {
    const drawn = Array.from({ length: 4000 }, (_, i) => inSample(0.25, ID, String(i))).filter(Boolean).length;
    expect(drawn).toBeGreaterThan(900);
    expect(drawn).toBeLessThan(1100);
  });
});
