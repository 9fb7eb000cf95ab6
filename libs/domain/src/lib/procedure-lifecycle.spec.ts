import { RoleSchema, type Role } from '@ladder/contracts';
import {
  PROCEDURE_ACTIONS,
  PROCEDURE_STATES,
  mayApprove,
  mayEdit,
  procedureTransition,
  reviewDueDate,
  reviewReminderDue,
  type ProcedureAction,
  type ProcedureState,
} from './procedure-lifecycle';

/** Every allowed (state, action) pair and where it leads, written out by hand. */
const ALLOWED: Record<ProcedureState, Partial<Record<ProcedureAction, ProcedureState>>> = {
  draft: { submit: 'in-review', discard: 'discarded' },
  'in-review': { 'request-changes': 'draft', 'approve-and-publish': 'published' },
  published: { retire: 'retired', supersede: 'retired' },
  retired: {},
  discarded: {},
};

/** The refusal messages, written out by hand. */
const VERB: Record<ProcedureAction, string> = {
  submit: 'submit for review',
  'request-changes': 'request changes to',
  'approve-and-publish': 'approve and publish',
  discard: 'discard',
  retire: 'retire',
  supersede: 'supersede',
};
const STATE_IN_WORDS: Record<ProcedureState, string> = {
  draft: 'draft',
  'in-review': 'in review',
  published: 'published',
  retired: 'retired',
  discarded: 'discarded',
};

const pairs = PROCEDURE_STATES.flatMap((state) => PROCEDURE_ACTIONS.map((action) => [state, action] as const));

describe('procedure lifecycle', () => {
  it('has 30 (state, action) pairs, 6 of them allowed', () => {
    expect(pairs).toHaveLength(30);
    expect(pairs.filter(([s, a]) => ALLOWED[s][a] !== undefined)).toHaveLength(6);
  });

  it.each(pairs.filter(([s, a]) => ALLOWED[s][a] !== undefined))('allows %s --%s-->', (state, action) => {
    expect(procedureTransition(state, action)).toEqual({ ok: true, to: ALLOWED[state][action] });
  });

  it.each(pairs.filter(([s, a]) => ALLOWED[s][a] === undefined))('forbids %s --%s-->', (state, action) => {
    expect(procedureTransition(state, action)).toEqual({
      ok: false,
      code: 'illegal_transition',
      message: `cannot ${VERB[action]} a procedure version that is ${STATE_IN_WORDS[state]}`,
    });
  });

  it('explains a refusal in words', () => {
    expect(procedureTransition('published', 'submit')).toEqual({
      ok: false,
      code: 'illegal_transition',
      message: 'cannot submit for review a procedure version that is published',
    });
    expect(procedureTransition('draft', 'request-changes')).toEqual({
      ok: false,
      code: 'illegal_transition',
      message: 'cannot request changes to a procedure version that is draft',
    });
  });

  it.each([
    ['draft', true],
    ['in-review', false],
    ['published', false],
    ['retired', false],
    ['discarded', false],
  ] as const)('may edit a version that is %s: %s', (state, editable) => {
    expect(mayEdit(state)).toBe(editable);
  });
});

describe('mayApprove', () => {
  const AUTHOR = 'author-1';
  const OTHER = 'other-2';
  /** [role, may approve someone else's version, may approve their own]. */
  const MATRIX: [Role, boolean, boolean][] = [
    ['agent', false, false],
    ['manager', true, false],
    ['process_owner', true, false],
    ['admin', true, false],
  ];

  it('covers every role', () => {
    expect(MATRIX.map(([role]) => role).sort()).toEqual([...RoleSchema.options].sort());
  });

  it.each(MATRIX)('%s: another author’s version %s, their own %s', (role, others, own) => {
    expect(mayApprove({ actor: { id: OTHER, role }, authorId: AUTHOR })).toBe(others);
    expect(mayApprove({ actor: { id: AUTHOR, role }, authorId: AUTHOR })).toBe(own);
  });
});

describe('reviewDueDate', () => {
  const due = (publishedAt: string, months: number) => reviewDueDate(new Date(publishedAt), months).toISOString();

  it.each([
    ['2026-03-15T09:30:00.000Z', 6, '2026-09-15T09:30:00.000Z'],
    ['2026-01-31T12:00:00.000Z', 1, '2026-02-28T12:00:00.000Z'],
    ['2028-01-31T12:00:00.000Z', 1, '2028-02-29T12:00:00.000Z'],
    ['2026-03-31T00:00:00.000Z', 1, '2026-04-30T00:00:00.000Z'],
    ['2026-08-31T23:59:59.999Z', 6, '2027-02-28T23:59:59.999Z'],
    ['2026-11-30T08:00:00.000Z', 3, '2027-02-28T08:00:00.000Z'],
    ['2027-11-30T08:00:00.000Z', 3, '2028-02-29T08:00:00.000Z'],
    ['2026-12-15T10:00:00.000Z', 1, '2027-01-15T10:00:00.000Z'],
    ['2028-02-29T10:00:00.000Z', 12, '2029-02-28T10:00:00.000Z'],
    ['2026-05-31T10:00:00.000Z', 25, '2028-06-30T10:00:00.000Z'],
  ])('published %s, every %i months: due %s', (publishedAt, months, expected) => {
    expect(due(publishedAt, months)).toBe(expected);
  });

  it('counts months in UTC whatever the local day is', () => {
    // 23:30 UTC on Jan 31 is Feb 1 east of UTC; the review is still due on the last day of February.
    expect(due('2026-01-31T23:30:00.000Z', 1)).toBe('2026-02-28T23:30:00.000Z');
  });

  it('does not change the date it was given', () => {
    const publishedAt = new Date('2026-01-31T12:00:00.000Z');
    reviewDueDate(publishedAt, 1);
    expect(publishedAt.toISOString()).toBe('2026-01-31T12:00:00.000Z');
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses %s months', (months) => {
    expect(() => reviewDueDate(new Date('2026-01-31T12:00:00.000Z'), months)).toThrow(RangeError);
  });
});

describe('reviewReminderDue', () => {
  const dueDate = new Date('2026-09-15T09:30:00.000Z');
  const remind = (now: string, leadDays: number) => reviewReminderDue(new Date(now), dueDate, leadDays);

  it.each([
    ['2026-09-01T09:29:59.999Z', 14, false],
    ['2026-09-01T09:30:00.000Z', 14, true],
    ['2026-09-10T00:00:00.000Z', 14, true],
    ['2026-09-15T09:30:00.000Z', 14, true],
    ['2026-10-01T00:00:00.000Z', 14, true],
    ['2026-09-15T09:29:59.999Z', 0, false],
    ['2026-09-15T09:30:00.000Z', 0, true],
    ['2026-09-14T21:30:00.000Z', 0.5, true],
  ] as const)('at %s with %s days lead: %s', (now, leadDays, expected) => {
    expect(remind(now, leadDays)).toBe(expected);
  });

  it.each([-1, Number.NaN])('refuses a lead of %s days', (leadDays) => {
    expect(() => remind('2026-09-01T00:00:00.000Z', leadDays)).toThrow(RangeError);
  });
});
