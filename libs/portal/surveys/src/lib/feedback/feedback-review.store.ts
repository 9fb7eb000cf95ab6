import { computed, inject, Injectable, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import type { Feedback, FeedbackList, ReviewFeedback } from '@ladder/contracts';
import { initialListState, listLoads, Notifier, SessionStore, toApiError } from '@ladder/portal/core';
import { BehaviorSubject, combineLatest, firstValueFrom, map } from 'rxjs';
import { FeedbackApi } from './feedback.api';
import { feedbackFilterFromParams, feedbackFilterToParams, type FeedbackFilter } from './feedback-filter';

export type ReviewOutcome = { saved: true } | { saved: false; message: string };

/** The review list: the filter lives in the URL; a saved review replaces its item in place. */
@Injectable()
export class FeedbackReviewStore {
  private readonly api = inject(FeedbackApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  private readonly session = inject(SessionStore);
  private readonly reloads = new BehaviorSubject<void>(undefined);
  /** Reviews saved since the list loaded, by id. */
  private readonly saved = signal<ReadonlyMap<string, Feedback>>(new Map());

  private readonly filter$ = this.route.queryParams.pipe(map((params) => feedbackFilterFromParams(params)));
  readonly filter = toSignal(this.filter$, { requireSync: true });

  private readonly state = toSignal(
    listLoads(
      combineLatest([this.filter$, this.reloads]).pipe(map(([filter]) => filter)),
      (filter) => this.api.list(filter),
      this.notifier,
    ),
    { initialValue: initialListState<FeedbackList>() },
  );

  readonly loading = computed(() => this.state().loading);
  readonly failed = computed(() => this.state().failed);
  readonly items = computed(() => (this.state().list?.items ?? []).map((f) => this.saved().get(f.id) ?? f));
  readonly total = computed(() => this.state().list?.total ?? 0);
  /** Managers read the suggestions; process owners and admins review them. */
  readonly canReview = computed(() => this.session.hasRole(['process_owner', 'admin']));

  update(change: Partial<FeedbackFilter>): void {
    const next: FeedbackFilter = { ...this.filter(), page: 1, ...change };
    void this.router.navigate([], { relativeTo: this.route, queryParams: feedbackFilterToParams(next) });
  }

  /** A colleague's review in between (409) reloads the list; the caller keeps what the user typed. */
  async review(item: Feedback, body: Omit<ReviewFeedback, 'version'>): Promise<ReviewOutcome> {
    try {
      const saved = await firstValueFrom(this.api.review(item.id, { ...body, version: item.version }));
      this.saved.update((all) => new Map(all).set(saved.id, saved));
      this.notifier.info('Review saved');
      return { saved: true };
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.code === 'stale_version') {
        this.saved.set(new Map());
        this.reloads.next();
        return {
          saved: false,
          message:
            'Someone reviewed this suggestion meanwhile. Their review is shown now; your note is kept: save again to replace it.',
        };
      }
      if (apiError.code === 'validation_failed')
        return { saved: false, message: Object.values(apiError.fieldErrors)[0] ?? apiError.message };
      this.notifier.error(error);
      return { saved: false, message: '' };
    }
  }
}
