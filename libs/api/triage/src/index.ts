export * from './lib/triage.module';
export { recordTriageOutcomes } from './lib/triage-outcomes';
export { readTriageExamples, type TriageExample } from './lib/triage-examples';
export { evaluateTriage, MIN_TRAINING_EXAMPLES } from './lib/triage-models';
