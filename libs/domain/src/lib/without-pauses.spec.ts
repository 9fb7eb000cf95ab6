import { withoutPauses } from './without-pauses';

describe('withoutPauses', () => {
  it('cuts unsorted, overlapping pauses out of each window and drops what they cover', () => {
    const windows = [
      [0, 100],
      [200, 300],
      [400, 500],
    ] as const;
    const pauses = [
      [250, 450],
      [10, 20],
      [15, 30],
    ] as const;
    expect([...withoutPauses(windows, pauses)]).toEqual([
      [0, 10],
      [30, 100],
      [200, 250],
      [450, 500],
    ]);
  });
});
