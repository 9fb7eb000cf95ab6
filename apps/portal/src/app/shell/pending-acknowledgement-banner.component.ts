import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { NavigationEnd, Router, RouterLink } from '@angular/router';
import { SessionStore } from '@ladder/portal/core';
import { filter, map } from 'rxjs';
import { PendingAcknowledgementsStore } from './pending-acknowledgements.store';

/**
 * The newest published procedure version the user must acknowledge and has not. Loaded when an agent or manager
 * signs in and again after each navigation while one is pending (so it goes once they acknowledged it); hidden on
 * that version's own page, where "Read and understood" is.
 */
@Component({
  selector: 'ladder-pending-acknowledgement-banner',
  imports: [DatePipe, MatButtonModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (shown(); as p) {
      <p>Procedure v{{ p.version }} was published on {{ p.publishedAt | date: 'd MMM y' }}. Read it and confirm.</p>
      <a mat-flat-button [routerLink]="['/procedure', p.procedureVersionId]">Read procedure v{{ p.version }}</a>
    }
  `,
  styles: `
    :host:not(:empty) {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 12px;
      flex-wrap: wrap;
      padding: 8px 16px;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    p {
      margin: 0;
    }
  `,
  host: { role: 'region', 'aria-label': 'Procedure to acknowledge' },
})
export class PendingAcknowledgementBannerComponent {
  private readonly store = inject(PendingAcknowledgementsStore);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly url = toSignal(
    this.router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      map((event) => event.urlAfterRedirects),
    ),
    { initialValue: this.router.url },
  );

  protected readonly shown = computed(() => {
    const newest = this.store.pending()[0];
    return newest && this.url() !== `/procedure/${newest.procedureVersionId}` ? newest : null;
  });

  /** The user the list was loaded for; a new sign-in loads it again. */
  private loadedFor: string | null = null;

  // The API answers an empty list to roles that need not acknowledge: the roles are not repeated here (importing
  // them from the contracts would also bring zod into the first bundle).
  constructor() {
    effect(() => {
      const userId = this.session.me()?.id ?? null;
      this.url();
      untracked(() => {
        if (!userId) {
          this.loadedFor = null;
          this.store.clear();
        } else if (this.loadedFor !== userId || this.store.pending().length > 0) {
          this.loadedFor = userId;
          void this.store.load();
        }
      });
    });
  }
}
