export * from './lib/survey.routes';
