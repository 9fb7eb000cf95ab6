import { predictNaiveBayes, trainNaiveBayes } from './naive-bayes';
import { tokenise } from './tokenise';

// Vocabulary {disk, full, slow, login, fails}: V = 5. storage: 2 texts, 4 tokens; auth: 1 text, 2 tokens.
const CORPUS = [
  { text: 'Disk full', label: 'storage' },
  { text: 'disk slow', label: 'storage' },
  { text: 'Login fails', label: 'auth' },
];

describe('tokenise', () => {
  it('lowercases unicode letter and digit runs and drops stop words', () => {
    expect(tokenise('Café-Zahlung fehlgeschlagen: ERR 503 at the gateway')).toEqual([
      'café',
      'zahlung',
      'fehlgeschlagen',
      'err',
      '503',
      'gateway',
    ]);
  });
});

describe('trainNaiveBayes', () => {
  it('counts texts and tokens per label, labels and tokens in code-unit order', () => {
    expect(trainNaiveBayes(CORPUS)).toEqual({
      labels: ['auth', 'storage'],
      docCounts: [1, 2],
      tokenTotals: [2, 4],
      tokenCounts: {
        disk: [0, 2],
        fails: [1, 0],
        full: [0, 1],
        login: [1, 0],
        slow: [0, 1],
      },
    });
  });
});

describe('predictNaiveBayes', () => {
  const model = trainNaiveBayes(CORPUS);

  it('gives the posterior with add-one smoothing, the likelihood averaged over the words, and the words that drove it', () => {
    // Two known words, so the likelihood is their geometric mean:
    // storage: 2/3 · √(3/9 · 2/9) = 2√6/27; auth: 1/3 · √(1/7 · 1/7) = 1/21; posterior (×189) 14√6 / (14√6 + 9).
    // disk: ½ log((2+1)/(4+5) ÷ (0+1)/(2+5)) = ½ log(7/3); full: ½ log(2/9 ÷ 1/7) = ½ log(14/9).
    const prediction = predictNaiveBayes(model, 'The DISK is full');
    expect(prediction?.label).toBe('storage');
    expect(prediction?.confidence).toBeCloseTo((14 * Math.sqrt(6)) / (14 * Math.sqrt(6) + 9), 12);
    expect(prediction?.drivingWords.map((w) => w.word)).toEqual(['disk', 'full']);
    expect(prediction?.drivingWords[0]?.weight).toBeCloseTo(Math.log(7 / 3) / 2, 12);
    expect(prediction?.drivingWords[1]?.weight).toBeCloseTo(Math.log(14 / 9) / 2, 12);
  });

  it('lets the likelihood outweigh the prior', () => {
    // storage: 2/3 · 1/9 = 2/27; auth: 1/3 · 2/7 = 2/21; posterior (1/21) / (1/21 + 1/27) = 9/16.
    const prediction = predictNaiveBayes(model, 'login');
    expect(prediction?.label).toBe('auth');
    expect(prediction?.confidence).toBeCloseTo(9 / 16, 12);
    expect(prediction?.drivingWords).toHaveLength(1);
    expect(prediction?.drivingWords[0]?.weight).toBeCloseTo(Math.log(2 / 7 / (1 / 9)), 12);
  });

  it('averages a repeated word like any other: saying it twice is no surer', () => {
    // storage: 2/3 · √((1/3)²) = 2/9; auth: 1/3 · √((1/7)²) = 1/21; posterior 14 / (14 + 3) = 14/17.
    const prediction = predictNaiveBayes(model, 'disk disk');
    expect(prediction?.confidence).toBeCloseTo(14 / 17, 12);
    expect(prediction?.drivingWords).toHaveLength(1);
    expect(prediction?.drivingWords[0]?.weight).toBeCloseTo(Math.log(7 / 3), 12);
  });

  it('falls back to the prior when every word is unknown (prototype names included)', () => {
    expect(predictNaiveBayes(model, 'xyz constructor toString')).toEqual({
      label: 'storage',
      confidence: 2 / 3,
      drivingWords: [],
    });
  });

  it('keeps only words pulling towards the chosen label', () => {
    // storage: 2/3 · (3/9 · 2/9 · 2/9 · 1/9)^¼ ≈ 0.138 beats auth: 1/3 · (1/7 · 1/7 · 1/7 · 2/7)^¼ ≈ 0.057;
    // login pulls away from storage (1/9 against 2/7), so it is left out; full and slow tie, alphabetical.
    const prediction = predictNaiveBayes(model, 'disk full slow login');
    expect(prediction?.label).toBe('storage');
    expect(prediction?.drivingWords.map((w) => w.word)).toEqual(['disk', 'full', 'slow']);
  });

  it('breaks a tie in favour of the label first in code-unit order', () => {
    const tied = trainNaiveBayes([
      { text: 'alpha', label: 'y' },
      { text: 'beta', label: 'x' },
    ]);
    expect(predictNaiveBayes(tied, '')).toEqual({ label: 'x', confidence: 0.5, drivingWords: [] });
  });

  it('suggests nothing without training data', () => {
    expect(predictNaiveBayes(trainNaiveBayes([]), 'disk full')).toBeNull();
    expect(predictNaiveBayes(trainNaiveBayes([{ text: 'disk', label: '' }]), 'disk')).toBeNull();
  });

  it('predicts the same from the model after a JSON round trip', () => {
    const copy = JSON.parse(JSON.stringify(model)) as typeof model;
    expect(predictNaiveBayes(copy, 'disk full login')).toEqual(predictNaiveBayes(model, 'disk full login'));
  });
});
