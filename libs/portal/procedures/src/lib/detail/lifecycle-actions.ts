import type { Me, ProcedureVersionDetail } from '@ladder/contracts';
import { mayApprove, mayEdit } from '@ladder/domain';

const EDITORS: readonly Me['role'][] = ['process_owner', 'admin'];
const REVIEWERS: readonly Me['role'][] = ['process_owner', 'manager', 'admin'];

/** A button the lifecycle panel shows; `disabledReason` says in words why it cannot be used, null when it can. */
export interface ShownAction {
  disabledReason: string | null;
}

/** What the signed-in user may do with a version in its status; absent (null) actions are not shown. */
export interface LifecycleActions {
  edit: boolean;
  submit: boolean;
  discard: boolean;
  requestChanges: boolean;
  approve: ShownAction | null;
  retire: ShownAction | null;
  comment: boolean;
}

export function lifecycleActions(
  version: Pick<ProcedureVersionDetail, 'status' | 'authorId'>,
  me: Pick<Me, 'id' | 'role'> | null,
  /** Whether the version is the newest published one, which new escalations follow. */
  isCurrent: boolean,
): LifecycleActions {
  const editor = me !== null && EDITORS.includes(me.role);
  const reviewer = me !== null && REVIEWERS.includes(me.role);
  const { status } = version;
  const draft = editor && mayEdit(status);
  const inReview = reviewer && status === 'in-review';
  return {
    edit: draft,
    submit: draft,
    discard: draft,
    requestChanges: inReview,
    approve:
      inReview && me
        ? {
            disabledReason: mayApprove({ actor: me, authorId: version.authorId ?? '' })
              ? null
              : 'You wrote this version, so someone else approves it: another process owner, a manager or an admin.',
          }
        : null,
    retire:
      editor && status === 'published'
        ? {
            disabledReason: isCurrent
              ? 'New escalations follow this version; it is retired when its successor is published.'
              : null,
          }
        : null,
    comment: reviewer && status !== 'discarded',
  };
}
