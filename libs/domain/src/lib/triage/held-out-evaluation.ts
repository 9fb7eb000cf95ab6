import { type LabelledText, predictNaiveBayes, trainNaiveBayes } from './naive-bayes';

/** How a classifier trained on one slice did on a later slice, next to always guessing the most common label. */
export interface HeldOutScore {
  trained: number;
  tested: number;
  /** Share of tested texts whose predicted label was right; null when nothing was tested or nothing trained. */
  accuracy: number | null;
  /** The label most common in training (ties: first in code-unit order); null when nothing trained. */
  majorityLabel: string | null;
  /** Share of tested texts whose label is the majority label; null when nothing was tested or nothing trained. */
  baselineAccuracy: number | null;
}

/** Trains a naive Bayes model on `train` and scores it on `test`, with the majority-label baseline. */
export function evaluateHeldOut(train: readonly LabelledText[], test: readonly LabelledText[]): HeldOutScore {
  const model = trainNaiveBayes(train);
  const best = Math.max(...model.docCounts);
  const majorityLabel = model.labels[model.docCounts.indexOf(best)] ?? null;
  if (majorityLabel === null || test.length === 0) {
    return { trained: train.length, tested: test.length, accuracy: null, majorityLabel, baselineAccuracy: null };
  }
  const correct = test.filter((example) => predictNaiveBayes(model, example.text)?.label === example.label).length;
  const baseline = test.filter((example) => example.label === majorityLabel).length;
  return {
    trained: train.length,
    tested: test.length,
    accuracy: correct / test.length,
    majorityLabel,
    baselineAccuracy: baseline / test.length,
  };
}
