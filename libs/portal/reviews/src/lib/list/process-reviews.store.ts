import { inject, Injectable, signal } from '@angular/core';
import type {
  ActionItem,
  ActionItemStatus,
  CreateProcessReview,
  ProcedureVersionSummary,
  ProcessReviewSummary,
} from '@ladder/contracts';
import { type FieldErrors, Notifier, toApiError } from '@ladder/portal/core';
import { firstValueFrom } from 'rxjs';
import { ActionItemStatusChanger } from '../shared/action-item-status';
import { ReviewsApi } from '../shared/reviews.api';

export type CreateOutcome = { id: string } | { fieldErrors: FieldErrors; message: string };

/** Every review, and the overdue action items across reviews. */
@Injectable()
export class ProcessReviewsStore {
  private readonly api = inject(ReviewsApi);
  private readonly notifier = inject(Notifier);
  private readonly statuses = inject(ActionItemStatusChanger);

  readonly reviews = signal<ProcessReviewSummary[]>([]);
  readonly overdue = signal<ActionItem[]>([]);
  readonly loading = signal(false);
  readonly staleNotice = signal('');

  async load(): Promise<void> {
    this.loading.set(true);
    try {
      const [reviews, overdue] = await Promise.all([
        firstValueFrom(this.api.list()),
        firstValueFrom(this.api.actionItems(true)),
      ]);
      this.reviews.set(reviews);
      this.overdue.set(overdue);
    } catch (error) {
      this.notifier.error(error);
    } finally {
      this.loading.set(false);
    }
  }

  /** What a review may cover; none when they cannot be read (the user is told why; the period's versions apply). */
  async procedureVersions(): Promise<ProcedureVersionSummary[]> {
    try {
      return await firstValueFrom(this.api.procedureVersions());
    } catch (error) {
      this.notifier.error(error);
      return [];
    }
  }

  /** The new review's id, or the API's words for the fields (the dialog keeps what was typed). */
  async create(body: CreateProcessReview): Promise<CreateOutcome> {
    try {
      return { id: (await firstValueFrom(this.api.create(body))).id };
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.code !== 'validation_failed') this.notifier.error(error);
      return { fieldErrors: apiError.fieldErrors, message: apiError.message };
    }
  }

  /** A done or dropped item leaves the overdue list; a colleague's change in between reloads it. */
  async setStatus(item: ActionItem, status: ActionItemStatus): Promise<void> {
    this.staleNotice.set('');
    const outcome = await this.statuses.change(item, status);
    if ('stale' in outcome) this.staleNotice.set(outcome.stale);
    if (!('failed' in outcome)) await this.load();
  }
}
