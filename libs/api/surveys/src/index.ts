export * from './lib/surveys.module';
export { SurveyInvitations } from './lib/invitations/survey-invitations';
export { SurveyDispatcher } from './lib/dispatch/survey-dispatcher';
