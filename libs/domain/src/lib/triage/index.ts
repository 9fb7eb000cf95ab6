export * from './tokenise';
export * from './naive-bayes';
export * from './held-out-evaluation';
