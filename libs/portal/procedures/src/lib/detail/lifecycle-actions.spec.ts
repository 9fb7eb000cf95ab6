import type { Me, ProcedureStatus } from '@ladder/contracts';
import { lifecycleActions } from './lifecycle-actions';

const AUTHOR = '00000000-0000-4000-8000-0000000000a1';
const OTHER = '00000000-0000-4000-8000-0000000000b2';
const as = (role: Me['role'], id = OTHER) => ({ id, role });
const version = (status: ProcedureStatus) => ({ status, authorId: AUTHOR });

describe('lifecycle actions', () => {
  it('lets a process owner edit, submit and discard a draft, and comment on it', () => {
    expect(lifecycleActions(version('draft'), as('process_owner'), false)).toEqual({
      edit: true,
      submit: true,
      discard: true,
      requestChanges: false,
      approve: null,
      retire: null,
      comment: true,
    });
  });

  it('lets a manager review but never edit', () => {
    expect(lifecycleActions(version('draft'), as('manager'), false)).toMatchObject({
      edit: false,
      submit: false,
      discard: false,
      comment: true,
    });
    expect(lifecycleActions(version('in-review'), as('manager'), false)).toMatchObject({
      requestChanges: true,
      approve: { disabledReason: null },
    });
  });

  it('shows the author the approve button disabled, saying why', () => {
    expect(lifecycleActions(version('in-review'), as('process_owner', AUTHOR), false).approve).toEqual({
      disabledReason:
        'You wrote this version, so someone else approves it: another process owner, a manager or an admin.',
    });
  });

  it('offers retiring a published version, but not the one new escalations follow', () => {
    expect(lifecycleActions(version('published'), as('admin'), false).retire).toEqual({ disabledReason: null });
    expect(lifecycleActions(version('published'), as('admin'), true).retire).toEqual({
      disabledReason: 'New escalations follow this version; it is retired when its successor is published.',
    });
    expect(lifecycleActions(version('published'), as('manager'), false).retire).toBeNull();
  });

  it('gives an agent nothing to do, and nobody a way to comment on a discarded version', () => {
    expect(lifecycleActions(version('in-review'), as('agent'), false)).toEqual({
      edit: false,
      submit: false,
      discard: false,
      requestChanges: false,
      approve: null,
      retire: null,
      comment: false,
    });
    expect(lifecycleActions(version('discarded'), as('admin'), false).comment).toBe(false);
  });
});
