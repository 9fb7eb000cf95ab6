import { inject, Injectable } from '@angular/core';
import type { ActionItem, ActionItemStatus } from '@ladder/contracts';
import { Notifier, toApiError } from '@ladder/portal/core';
import { firstValueFrom } from 'rxjs';
import { ReviewsApi } from './reviews.api';
import { STATUS_LABELS } from './review-words';

export type StatusOutcome = { saved: ActionItem } | { stale: string } | { failed: true };

/** Changes an action item's status against the row version it was read at; a colleague's change in between is a 409. */
@Injectable({ providedIn: 'root' })
export class ActionItemStatusChanger {
  private readonly api = inject(ReviewsApi);
  private readonly notifier = inject(Notifier);

  async change(item: ActionItem, status: ActionItemStatus): Promise<StatusOutcome> {
    try {
      const saved = await firstValueFrom(this.api.updateActionItem(item, { status, rowVersion: item.rowVersion }));
      this.notifier.info(`"${saved.title}" is ${STATUS_LABELS[saved.status].toLowerCase()}`);
      return { saved };
    } catch (error) {
      if (toApiError(error).code === 'stale_version') {
        return {
          stale: `Someone changed "${item.title}" meanwhile; it is shown as it is now. Your choice, ${STATUS_LABELS[status]}, was not saved: choose it again to apply it.`,
        };
      }
      this.notifier.error(error);
      return { failed: true };
    }
  }
}
