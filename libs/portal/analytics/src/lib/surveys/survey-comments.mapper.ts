import type { SurveyComment, SurveyReport } from '@ladder/contracts';
import { escalationNumber, type DataTable, type TableColumn } from '@ladder/portal/ui';
import { levelLabel } from '../shared/labels';
import type { CommentMaxScore } from './survey-settings';

const ESCALATION_PATH = '/escalations';

/** "2026-11-12 09:30", in UTC as the column says: the same for every reader, in the table and the CSV. */
export const answeredAt = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;

function respondentText(respondent: SurveyComment['respondent']): string | null {
  if (!respondent) return null;
  return respondent.name ? `${respondent.name} <${respondent.email}>` : respondent.email;
}

const RESPONDENT: TableColumn = { key: 'respondent', label: 'Respondent' };

/** The written answers, newest first as the API gives them; each escalation number opens the escalation. */
export function commentsTable(report: SurveyReport): DataTable {
  return {
    caption: 'Written answers, newest first',
    columns: [
      { key: 'answered', label: 'Answered (UTC)' },
      { key: 'score', label: 'Overall score', numeric: true },
      { key: 'escalation', label: 'Escalation' },
      { key: 'title', label: 'Title' },
      { key: 'team', label: 'Team' },
      { key: 'severity', label: 'Severity' },
      { key: 'level', label: 'Level reached' },
      { key: 'question', label: 'Question' },
      { key: 'comment', label: 'Comment' },
      // Anonymous surveys carry no respondent: no column rather than a column of dashes.
      ...(report.anonymous ? [] : [RESPONDENT]),
    ],
    rows: report.comments.map((c) => ({
      cells: {
        answered: answeredAt(c.respondedAt),
        score: c.score,
        escalation: escalationNumber(c.number),
        title: c.title,
        team: c.teamName,
        severity: c.severity,
        level: levelLabel(c.highestLevel),
        question: c.question,
        comment: c.text,
        ...(report.anonymous ? {} : { respondent: respondentText(c.respondent) }),
      },
      links: { escalation: { path: `${ESCALATION_PATH}/${c.escalationId}` } },
    })),
  };
}

/** What the comment filters narrow to, for the card's subtitle and its empty state. */
export function commentFiltersText(maxScore: CommentMaxScore, text: string): string | null {
  const parts = [
    ...(maxScore === 'any' ? [] : [`scored ${maxScore} or lower`]),
    ...(text ? [`containing “${text}”`] : []),
  ];
  return parts.length ? `Comments ${parts.join(' and ')}` : null;
}
