import type { TriageSuggestion, TriageSuggestionRequest, TriageSuggestions, TriageTarget } from '@ladder/contracts';
import { TriageTargetSchema } from '@ladder/contracts';
import {
  evaluateHeldOut,
  type HeldOutScore,
  type NaiveBayesModel,
  predictNaiveBayes,
  trainNaiveBayes,
} from '@ladder/domain';
import type { TriageExample } from './triage-examples';

/** Below this many resolved escalations the models suggest nothing: too little to learn from. */
export const MIN_TRAINING_EXAMPLES = 50;

/** One naive Bayes model per target, learned from resolved escalations at `trainedAt`. */
export interface TriageModels {
  trainedOn: number;
  trainedAt: Date;
  /** Null when fewer than `MIN_TRAINING_EXAMPLES` were there to learn from. */
  models: Record<TriageTarget, NaiveBayesModel> | null;
  teamNames: ReadonlyMap<string, string>;
}

const LABEL: Record<TriageTarget, (example: TriageExample) => string> = {
  category: (example) => example.category,
  affectedService: (example) => example.affected_service,
  team: (example) => example.team_id,
  severity: (example) => example.severity,
};

const textOf = (input: { title: string; description: string }) => `${input.title}\n${input.description}`;

const labelled = (examples: readonly TriageExample[], target: TriageTarget) =>
  examples.map((example) => ({ text: textOf(example), label: LABEL[target](example) }));

export function trainTriageModels(examples: readonly TriageExample[], trainedAt: Date): TriageModels {
  const teamNames = new Map(examples.map((example) => [example.team_id, example.team_name]));
  const enough = examples.length >= MIN_TRAINING_EXAMPLES;
  const models = enough ? perTarget((target) => trainNaiveBayes(labelled(examples, target))) : null;
  return { trainedOn: examples.length, trainedAt, models, teamNames };
}

export function suggestTriage(triage: TriageModels, request: TriageSuggestionRequest): TriageSuggestions {
  const { models } = triage;
  const suggest = (target: TriageTarget): TriageSuggestion | null => {
    const prediction = models ? predictNaiveBayes(models[target], textOf(request)) : null;
    if (!prediction) return null;
    const label = target === 'team' ? (triage.teamNames.get(prediction.label) ?? prediction.label) : prediction.label;
    const drivingWords = prediction.drivingWords.map((word) => word.word);
    return { value: prediction.label, label, confidence: prediction.confidence, drivingWords };
  };
  return { ...perTarget(suggest), trainedOn: triage.trainedOn, trainedAt: triage.trainedAt.toISOString() };
}

/** Per target: trained on the escalations opened before `cutoff`, scored on those opened from it on. */
export function evaluateTriage(examples: readonly TriageExample[], cutoff: Date): Record<TriageTarget, HeldOutScore> {
  const before = examples.filter((example) => example.created_at < cutoff);
  const after = examples.filter((example) => example.created_at >= cutoff);
  return perTarget((target) => evaluateHeldOut(labelled(before, target), labelled(after, target)));
}

function perTarget<T>(of: (target: TriageTarget) => T): Record<TriageTarget, T> {
  const [category, affectedService, team, severity] = TriageTargetSchema.options.map(of) as [T, T, T, T];
  return { category, affectedService, team, severity };
}
