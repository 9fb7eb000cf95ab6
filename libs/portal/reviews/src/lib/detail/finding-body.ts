import type { BreachKind, FindingInput, FindingKind, Severity } from '@ladder/contracts';

/** What the finding form holds; only the fields of the chosen kind are read. */
export interface FindingDraft {
  kind: FindingKind;
  text: string;
  /** `level:teamId` of a bottleneck of the snapshot. */
  bottleneck: string;
  breachKind: BreachKind;
  /** Empty for every severity. */
  severity: Severity | '';
  /** Escalation ids, separated by commas, spaces or new lines. */
  escalationIds: string;
}

/** The request body for the form's values. */
export function findingBody(draft: FindingDraft): FindingInput {
  const text = draft.text.trim();
  switch (draft.kind) {
    case 'bottleneck': {
      const [level, teamId] = draft.bottleneck.split(':');
      return { kind: 'bottleneck', text, link: { level: Number(level), teamId: teamId ?? '' } };
    }
    case 'breach-pattern':
      return {
        kind: 'breach-pattern',
        text,
        link: { breachKind: draft.breachKind, severity: draft.severity === '' ? null : draft.severity },
      };
    case 'survey-comments':
      return {
        kind: 'survey-comments',
        text,
        link: { surveyResponseIds: [], escalationIds: draft.escalationIds.split(/[\s,]+/).filter(Boolean) },
      };
    case 'other':
      return { kind: 'other', text, link: null };
  }
}
