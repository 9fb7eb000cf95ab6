import type { PublicSurvey } from '@ladder/contracts';
import type { ApiError } from '@ladder/portal/core';

export type OpenSurvey = Extract<PublicSurvey, { state: 'open' }>;

/** Why the link shows no questions. */
export type ClosedReason = Exclude<PublicSurvey['state'], 'open'> | 'unknown-link' | 'rate-limited';

export type SurveyView =
  | { kind: 'loading' }
  | { kind: 'open'; survey: OpenSurvey }
  | { kind: 'thanked' }
  | { kind: 'closed'; reason: ClosedReason; at: string | null }
  | { kind: 'failed'; message: string };

export function viewOfSurvey(survey: PublicSurvey): SurveyView {
  switch (survey.state) {
    case 'open':
      return { kind: 'open', survey };
    case 'answered':
      return { kind: 'closed', reason: 'answered', at: survey.answeredAt };
    case 'expired':
      return { kind: 'closed', reason: 'expired', at: survey.expiredAt };
    case 'withdrawn':
    case 'opted-out':
      return { kind: 'closed', reason: survey.state, at: null };
  }
}

/** A load that failed: an unknown token and too many attempts get their own calm pages, the rest a retry. */
export function viewOfLoadError(error: ApiError): SurveyView {
  if (error.code === 'not_found') return { kind: 'closed', reason: 'unknown-link', at: null };
  if (error.code === 'rate_limited') return { kind: 'closed', reason: 'rate-limited', at: null };
  return { kind: 'failed', message: error.message };
}

export interface ClosedPage {
  heading: string;
  body: string;
}

export const CLOSED_PAGES: Readonly<Record<ClosedReason, ClosedPage>> = {
  answered: {
    heading: 'You have already answered this survey',
    body: 'Thank you: your answers were recorded. Each survey link can be used once.',
  },
  expired: {
    heading: 'This survey has closed',
    body: 'The time to answer this survey has passed. Thank you for your interest; you will get a new link if we ask again.',
  },
  withdrawn: {
    heading: 'This survey is no longer needed',
    body: 'The escalation was reopened, so we withdrew this survey. Once it is resolved again you will get a fresh link.',
  },
  'opted-out': {
    heading: 'You will not receive more surveys',
    body: 'You asked us not to send you surveys, so this link no longer takes answers.',
  },
  'unknown-link': {
    heading: 'This survey link is not valid',
    body: 'It may be incomplete or mistyped. Open the link from the email again, or copy the whole address into your browser.',
  },
  'rate-limited': {
    heading: 'Please wait a moment',
    body: 'We received many requests from your connection in a short time. Wait a minute, then try again.',
  },
};

/** What to tell the respondent when sending failed; their answers always stay on the page. */
export function submitFailureMessage(error: ApiError): string {
  switch (error.code) {
    case 'validation_failed':
      return 'Some answers need a change: see the messages under the questions.';
    case 'rate_limited':
      return 'Too many attempts in a short time. Wait a minute, then send again: your answers are still here.';
    default:
      return `Your answers could not be sent. ${error.message} Your answers are still here: try again.`;
  }
}
