import { computed, inject, Injectable, signal } from '@angular/core';
import type { ActionItem, ActionItemStatus, CreateActionItem, FindingInput, ProcessReview } from '@ladder/contracts';
import { type FieldErrors, Notifier, SessionStore, toApiError } from '@ladder/portal/core';
import { firstValueFrom, type Observable } from 'rxjs';
import { ActionItemStatusChanger } from '../shared/action-item-status';
import { ReviewsApi } from '../shared/reviews.api';

/** The outcome of a form's submission: saved, or the API's words for each field (the form keeps what was typed). */
export type FormOutcome = { saved: true } | { saved: false; fieldErrors: FieldErrors; message: string };

/** One review as the API answers it; every change answers the review again, which replaces it. */
@Injectable()
export class ProcessReviewStore {
  private readonly api = inject(ReviewsApi);
  private readonly notifier = inject(Notifier);
  private readonly session = inject(SessionStore);
  private readonly statuses = inject(ActionItemStatusChanger);

  readonly review = signal<ProcessReview | null>(null);
  readonly loading = signal(false);
  readonly busy = signal(false);
  /** Why the last status change was not saved (a colleague's change in between), by action item id. */
  readonly staleNotice = signal<{ itemId: string; message: string } | null>(null);

  readonly canWrite = computed(() => this.session.hasRole(['manager', 'process_owner', 'admin']));
  /** Drafts are procedure edits: process owners and admins start them. */
  readonly canDraft = computed(() => this.session.hasRole(['process_owner', 'admin']));
  readonly isOpen = computed(() => this.review()?.status === 'open');

  async load(id: string): Promise<void> {
    this.loading.set(true);
    try {
      this.review.set(await firstValueFrom(this.api.get(id)));
    } catch (error) {
      this.notifier.error(error);
    } finally {
      this.loading.set(false);
    }
  }

  addFinding(body: FindingInput): Promise<FormOutcome> {
    return this.submit((id) => this.api.addFinding(id, body), 'Finding added');
  }

  addActionItem(body: CreateActionItem): Promise<FormOutcome> {
    return this.submit((id) => this.api.addActionItem(id, body), 'Action item added');
  }

  async removeFinding(findingId: string): Promise<void> {
    await this.submit((id) => this.api.removeFinding(id, findingId), 'Finding removed');
  }

  async close(): Promise<void> {
    await this.submit((id) => this.api.close(id), 'Review closed');
  }

  async setStatus(item: ActionItem, status: ActionItemStatus): Promise<void> {
    this.staleNotice.set(null);
    const outcome = await this.statuses.change(item, status);
    if ('saved' in outcome) {
      const saved = outcome.saved;
      this.review.update(
        (review) =>
          review && { ...review, actionItems: review.actionItems.map((i) => (i.id === saved.id ? saved : i)) },
      );
    } else if ('stale' in outcome) {
      this.staleNotice.set({ itemId: item.id, message: outcome.stale });
      await this.load(item.reviewId);
    }
  }

  /** The new draft's id; null when it could not be made (the user has been told why). */
  async startDraft(): Promise<string | null> {
    const review = this.review();
    if (!review) return null;
    this.busy.set(true);
    try {
      return (await firstValueFrom(this.api.startDraft(review.id))).id;
    } catch (error) {
      this.notifier.error(error);
      if (toApiError(error).code === 'illegal_transition') await this.load(review.id);
      return null;
    } finally {
      this.busy.set(false);
    }
  }

  private async submit(call: (id: string) => Observable<ProcessReview>, done: string): Promise<FormOutcome> {
    const review = this.review();
    if (!review) return { saved: false, fieldErrors: {}, message: '' };
    this.busy.set(true);
    try {
      this.review.set(await firstValueFrom(call(review.id)));
      this.notifier.info(done);
      return { saved: true };
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.code !== 'validation_failed') this.notifier.error(error);
      if (apiError.code === 'illegal_transition') await this.load(review.id);
      return { saved: false, fieldErrors: apiError.fieldErrors, message: apiError.message };
    } finally {
      this.busy.set(false);
    }
  }
}
