import { kaplanMeier, kaplanMeierOfTallies, survivalQuantile, thinSurvivalSteps } from './kaplan-meier';

const resolved = (minutes: number) => ({ minutes, resolved: true });
const open = (minutes: number) => ({ minutes, resolved: false });

describe('kaplanMeier', () => {
  it('drops by the share of those at risk that resolve, and lets open escalations leave without a drop', () => {
    // Resolved after 10, 20 and 30 minutes; one still open at 25 minutes.
    const steps = kaplanMeier([resolved(30), open(25), resolved(10), resolved(20)]);
    expect(steps).toEqual([
      { minutes: 10, survival: 0.75, atRisk: 4, resolved: 1, censored: 0 },
      { minutes: 20, survival: 0.5, atRisk: 3, resolved: 1, censored: 0 },
      { minutes: 25, survival: 0.5, atRisk: 2, resolved: 0, censored: 1 },
      // 1 at risk at 30 and it resolves: 0.5 x (1 - 1/1) = 0.
      { minutes: 30, survival: 0, atRisk: 1, resolved: 1, censored: 0 },
    ]);
    expect(survivalQuantile(steps, 0.5)).toBe(20);
    expect(survivalQuantile(steps, 0.9)).toBe(30);
  });

  it('differs from the naive share: an open escalation is not counted as resolved at its age', () => {
    // 5 escalations: resolved at 60, 60, 120; open at 90 and 200. At 60: 2 of 5 -> 0.6. At 120: 1 of 2 -> 0.3.
    const steps = kaplanMeier([resolved(60), resolved(60), open(90), resolved(120), open(200)]);
    expect(steps.map((s) => [s.minutes, s.survival])).toEqual([
      [60, 0.6],
      [90, 0.6],
      [120, 0.3],
      [200, 0.3],
    ]);
    expect(survivalQuantile(steps, 0.5)).toBe(120);
    // Never down to 0.1: too many open to tell the p90.
    expect(survivalQuantile(steps, 0.9)).toBeNull();
  });

  it('counts resolutions before censorings at the same time, and is empty for no data', () => {
    const steps = kaplanMeier([resolved(15), open(15), resolved(40)]);
    expect(steps).toEqual([
      { minutes: 15, survival: expect.closeTo(2 / 3, 12), atRisk: 3, resolved: 1, censored: 1 },
      { minutes: 40, survival: 0, atRisk: 1, resolved: 1, censored: 0 },
    ]);
    expect(kaplanMeier([])).toEqual([]);
    expect(survivalQuantile([], 0.5)).toBeNull();
  });

  it('gives the same curve from observations already counted per time', () => {
    // 5 escalations: 2 resolved at 60, 1 open at 90, 1 resolved at 120, 1 open at 200 (the test above, counted).
    const steps = kaplanMeierOfTallies([
      { minutes: 60, resolved: 2, censored: 0 },
      { minutes: 90, resolved: 0, censored: 1 },
      { minutes: 120, resolved: 1, censored: 0 },
      { minutes: 200, resolved: 0, censored: 1 },
    ]);
    expect(steps).toEqual([
      { minutes: 60, survival: 0.6, atRisk: 5, resolved: 2, censored: 0 },
      { minutes: 90, survival: 0.6, atRisk: 3, resolved: 0, censored: 1 },
      // 0.6 x (1 - 1/2) = 0.3.
      { minutes: 120, survival: 0.3, atRisk: 2, resolved: 1, censored: 0 },
      { minutes: 200, survival: 0.3, atRisk: 1, resolved: 0, censored: 1 },
    ]);
    expect(kaplanMeierOfTallies([])).toEqual([]);
  });
});

describe('thinSurvivalSteps', () => {
  // 1,000 at risk; one resolution each at minutes 1..4, so survival (1000 - k) / 1000: 0.999, 0.998, 0.997, 0.996;
  // the other 996 still open (censored) at 5.
  const steps = kaplanMeierOfTallies([
    { minutes: 1, resolved: 1, censored: 0 },
    { minutes: 2, resolved: 1, censored: 0 },
    { minutes: 3, resolved: 1, censored: 0 },
    { minutes: 4, resolved: 1, censored: 0 },
    { minutes: 5, resolved: 0, censored: 996 },
  ]);

  it('merges runs that lower the curve by less than the drop, keeping the risk set they started with', () => {
    // The curve falls 0.001 a step; with a 0.0015 drop every second step is kept: at 2 (0.998) and 4 (0.996), and
    // the last one at 5.
    const thinned = thinSurvivalSteps(steps, 0.0015);
    expect(thinned.map(({ minutes, atRisk, resolved, censored }) => [minutes, atRisk, resolved, censored])).toEqual([
      [2, 1000, 2, 0],
      [4, 998, 2, 0],
      [5, 996, 0, 996],
    ]);
    expect(thinned[1]?.survival).toBeCloseTo(steps[3]?.survival ?? NaN, 12);
  });

  it('keeps every step that drops by the minimum or more, and the last one', () => {
    expect(thinSurvivalSteps(steps, 0.0005)).toEqual(steps);
    expect(thinSurvivalSteps(steps, 0.5)).toEqual([
      { minutes: 5, survival: steps[4]?.survival, atRisk: 1000, resolved: 4, censored: 996 },
    ]);
    expect(thinSurvivalSteps([], 0.001)).toEqual([]);
  });
});
