import type { CanDeactivateFn } from '@angular/router';

/** A page that may hold changes not saved yet. */
export interface LeavableEditor {
  canLeave(): boolean;
}

/** Asks before leaving a page with unsaved changes; for `canDeactivate` on the editor's route. */
export const unsavedChangesGuard: CanDeactivateFn<LeavableEditor> = (page) =>
  page.canLeave() || window.confirm('You have unsaved changes. Leave and lose them?');
