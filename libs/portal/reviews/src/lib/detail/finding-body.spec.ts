import { findingBody, type FindingDraft } from './finding-body';

const draft: FindingDraft = {
  kind: 'bottleneck',
  text: '  L2 holds escalations  ',
  bottleneck: '2:00000000-0000-4000-8000-0000000000b2',
  breachKind: 'resolution',
  severity: '',
  escalationIds: ' e1, e2\ne3 ',
};

describe('findingBody', () => {
  it('links a bottleneck to its level and team', () => {
    expect(findingBody(draft)).toEqual({
      kind: 'bottleneck',
      text: 'L2 holds escalations',
      link: { level: 2, teamId: '00000000-0000-4000-8000-0000000000b2' },
    });
  });

  it('reads an empty severity as every severity', () => {
    expect(findingBody({ ...draft, kind: 'breach-pattern' }).link).toEqual({
      breachKind: 'resolution',
      severity: null,
    });
  });

  it('splits the escalation ids of survey comments', () => {
    expect(findingBody({ ...draft, kind: 'survey-comments' }).link).toEqual({
      surveyResponseIds: [],
      escalationIds: ['e1', 'e2', 'e3'],
    });
  });

  it('has no link for other findings', () => {
    expect(findingBody({ ...draft, kind: 'other' }).link).toBeNull();
  });
});
