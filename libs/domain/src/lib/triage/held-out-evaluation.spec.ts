import { evaluateHeldOut } from './held-out-evaluation';

describe('evaluateHeldOut', () => {
  const train = [
    { text: 'disk full', label: 'storage' },
    { text: 'disk slow', label: 'storage' },
    { text: 'login fails', label: 'auth' },
  ];

  it('scores the model and the majority label on the held-out slice', () => {
    // 'login again' → auth (right), 'disk' → storage (right), 'fails' → auth (wrong: labelled storage).
    // The majority label, storage, is right for 2 of the 3.
    const test = [
      { text: 'login again', label: 'auth' },
      { text: 'disk', label: 'storage' },
      { text: 'fails', label: 'storage' },
    ];
    expect(evaluateHeldOut(train, test)).toEqual({
      trained: 3,
      tested: 3,
      accuracy: 2 / 3,
      majorityLabel: 'storage',
      baselineAccuracy: 2 / 3,
    });
  });

  it('reports no accuracy with nothing to train on or to test', () => {
    expect(evaluateHeldOut([], [{ text: 'disk', label: 'storage' }])).toEqual({
      trained: 0,
      tested: 1,
      accuracy: null,
      majorityLabel: null,
      baselineAccuracy: null,
    });
    expect(evaluateHeldOut(train, []).accuracy).toBeNull();
  });
});
