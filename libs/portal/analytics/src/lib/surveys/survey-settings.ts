import type { SurveyGroupBy } from '@ladder/contracts';

/** The dimensions CSAT and the answers break down by, as the select names them. */
export const SURVEY_GROUP_BY_LABELS: Readonly<Record<SurveyGroupBy, string>> = {
  team: 'Team',
  level: 'Level reached',
  severity: 'Severity',
  category: 'Category',
  procedureVersion: 'Procedure version',
};

/** The time-at-level thresholds offered for the drivers, in hours. */
export const HOURS_AT_LEVEL = ['1', '2', '4', '8', '24'] as const;
/** The highest score a listed comment may have; `any` lists them all. */
export const COMMENT_MAX_SCORES = ['any', '1', '2', '3', '4', '5'] as const;
export type CommentMaxScore = (typeof COMMENT_MAX_SCORES)[number];

/** The longest comment search the API takes. */
const COMMENT_TEXT_MAX = 100;

export interface SurveySettings {
  groupBy: SurveyGroupBy;
  hoursAtLevel: string;
  commentMaxScore: CommentMaxScore;
  /** Trimmed; empty for no search. */
  commentText: string;
}

/** What the report shows until the reader picks otherwise (and what the review pack shows). */
export const DEFAULT_SURVEY_SETTINGS: SurveySettings = {
  groupBy: 'team',
  hoursAtLevel: '4',
  commentMaxScore: 'any',
  commentText: '',
};

/** The search as the API takes it: trimmed and at most 100 characters, empty for none. */
export const commentSearch = (text: string | undefined) => (text ?? '').trim().slice(0, COMMENT_TEXT_MAX).trim();

/** The report's own API parameters, the comment filters only when set. */
export function surveyQueryParams(settings: SurveySettings): Record<string, string> {
  return {
    groupBy: settings.groupBy,
    hoursAtLevel: settings.hoursAtLevel,
    ...(settings.commentMaxScore === 'any' ? {} : { commentMaxScore: settings.commentMaxScore }),
    ...(settings.commentText ? { commentText: settings.commentText } : {}),
  };
}
