import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, inject, input, untracked } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { SimilarEscalation } from '@ladder/contracts';
import { escalationNumber, formatMinutes } from '@ladder/portal/ui';
import { SimilarEscalationsStore } from './similar-escalations.store';

/** Resolved escalations like this one and how they were resolved, so an agent starts from what worked before. */
@Component({
  selector: 'ladder-similar-escalations',
  imports: [DatePipe, MatCardModule, MatProgressBarModule, RouterLink],
  providers: [SimilarEscalationsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card appearance="outlined">
      <mat-card-header>
        <mat-card-title><h2 id="similar-heading">Similar resolved escalations</h2></mat-card-title>
      </mat-card-header>
      <mat-card-content>
        @if (store.loading()) {
          <mat-progress-bar mode="indeterminate" aria-label="Loading similar escalations" />
        } @else if (store.error(); as error) {
          <p class="error" role="alert">{{ error }}</p>
        } @else {
          <ul class="plain" aria-labelledby="similar-heading">
            @for (s of store.items(); track s.id) {
              <li>
                <a [routerLink]="['/escalations', s.id]">{{ number(s.number) }} · {{ s.title }}</a>
                <p class="meta">
                  {{ s.category }} · {{ s.affectedService }} · {{ s.severity }} · resolved at L{{
                    s.resolvedAtLevel
                  }}
                  in {{ duration(s.timeToResolveMinutes) }} on {{ s.resolvedAt | date: 'MMM d, y' }}
                </p>
                <p class="summary">{{ s.resolutionSummary ?? 'No resolution summary was recorded.' }}</p>
                <p class="why">{{ why(s) }}</p>
              </li>
            } @empty {
              <li class="empty">No resolved escalation looks like this one yet.</li>
            }
          </ul>
        }
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    h2 {
      margin: 0;
      font: inherit;
    }
    .plain {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li + li {
      border-top: 1px solid var(--mat-sys-outline-variant);
      margin-top: 8px;
      padding-top: 8px;
    }
    p {
      margin: 2px 0;
    }
    .meta,
    .why,
    .empty {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class SimilarEscalationsComponent {
  readonly escalationId = input.required<string>();
  protected readonly store = inject(SimilarEscalationsStore);
  protected readonly number = escalationNumber;
  protected readonly duration = formatMinutes;

  constructor() {
    effect(() => {
      const id = this.escalationId();
      void untracked(() => this.store.load(id));
    });
  }

  protected why(s: SimilarEscalation): string {
    return similarityReason(s);
  }
}

/** "Matching words: vpn, drops · same category · same service · 41 % alike". */
export function similarityReason({ why, score }: Pick<SimilarEscalation, 'why' | 'score'>): string {
  const parts = [
    ...(why.matchingWords.length ? [`Matching words: ${why.matchingWords.join(', ')}`] : ['Similar title']),
    ...(why.sameCategory ? ['same category'] : []),
    ...(why.sameService ? ['same service'] : []),
    `${Math.round(score * 100)} % alike`,
  ];
  return parts.join(' · ');
}
