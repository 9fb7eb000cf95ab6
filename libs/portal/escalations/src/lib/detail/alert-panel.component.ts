import { DATE_PIPE_DEFAULT_OPTIONS, DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatChipsModule } from '@angular/material/chips';
import type { EscalationAlert, Status } from '@ladder/contracts';
import { labelText, orderedLabels } from '../shared/alert-labels';
import { ALERT_TIME_FORMAT, alertAnnotations, alertResolvedSummary, firedText, proposesResolution } from './alert-view';

/**
 * The monitoring alert behind the escalation: where it came from, whether it still fires and how often it did, its
 * labels, annotations and links; when monitoring reports it resolved, an offer to resolve the escalation too.
 */
@Component({
  selector: 'ladder-alert-panel',
  imports: [DatePipe, MatButtonModule, MatCardModule, MatChipsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let a = alert();
    <mat-card appearance="outlined" data-testid="alert-panel">
      <mat-card-header>
        <mat-card-title><h2>Monitoring alert</h2></mat-card-title>
        <mat-card-subtitle>From {{ a.integrationName }}</mat-card-subtitle>
      </mat-card-header>
      <mat-card-content>
        @if (proposal()) {
          <div class="proposal" role="status" data-testid="alert-resolution-proposal">
            <p>
              Monitoring reports this alert resolved{{ a.resolvedAt ? ' at ' + (a.resolvedAt | date: format) : '' }}.
              Resolve the escalation if nothing else remains to be done.
            </p>
            <button mat-flat-button type="button" [disabled]="busy()" (click)="resolve.emit(summary())">
              Resolve escalation
            </button>
          </div>
        }
        <p class="state">
          @if (a.status === 'firing') {
            <span class="firing">Firing</span>
          } @else {
            <span class="resolved">Resolved</span>
            @if (a.resolvedAt) {
              at {{ a.resolvedAt | date: format }}
            }
          }
        </p>
        <p class="fired">
          {{ fired() }} · first {{ a.firstFiredAt | date: format }} · last {{ a.lastFiredAt | date: format }}
        </p>
        @if (annotations().summary; as summary) {
          <p class="summary">{{ summary }}</p>
        }
        @if (annotations().description; as description) {
          <p class="description">{{ description }}</p>
        }
        @if (labels().length) {
          <mat-chip-set aria-label="Alert labels">
            @for (l of labels(); track l.name) {
              <mat-chip>{{ label(l) }}</mat-chip>
            }
          </mat-chip-set>
        }
        @if (annotations().others.length) {
          <dl>
            @for (o of annotations().others; track o.name) {
              <dt>{{ o.name }}</dt>
              <dd>{{ o.value }}</dd>
            }
          </dl>
        }
        @if (a.links.length) {
          <ul class="links" aria-label="Alert links">
            @for (link of a.links; track link.url) {
              <li>
                <a [href]="link.url" target="_blank" rel="noopener noreferrer"
                  >{{ link.title }}<span class="visually-hidden"> (opens in a new tab)</span></a
                >
              </li>
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
    p {
      margin: 4px 0;
    }
    .proposal {
      display: flex;
      align-items: center;
      gap: 12px;
      flex-wrap: wrap;
      margin: 8px 0;
      padding: 8px 12px;
      border-radius: 8px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .proposal p {
      flex: 1 1 240px;
    }
    .firing {
      font-weight: 600;
      color: var(--mat-sys-error);
    }
    .resolved {
      font-weight: 600;
    }
    .fired {
      color: var(--mat-sys-on-surface-variant);
    }
    .summary {
      font: var(--mat-sys-title-small);
    }
    .description {
      white-space: pre-wrap;
    }
    mat-chip-set {
      display: block;
      margin: 8px 0;
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 4px 16px;
      margin: 8px 0;
    }
    dt {
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .links {
      margin: 8px 0 0;
      padding-left: 20px;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `,
})
export class AlertPanelComponent {
  readonly alert = input.required<EscalationAlert>();
  readonly status = input.required<Status>();
  readonly busy = input(false);
  /** The agent takes up the offer: resolve, with this summary to start from. */
  readonly resolve = output<string>();

  protected readonly format = ALERT_TIME_FORMAT;
  protected readonly label = labelText;
  /** The time zone the date pipe shows times in, so the offered summary reads the same as the panel. */
  private readonly timezone = inject(DATE_PIPE_DEFAULT_OPTIONS, { optional: true })?.timezone;

  protected readonly proposal = computed(() => proposesResolution(this.alert(), this.status()));
  protected readonly summary = computed(() => alertResolvedSummary(this.alert(), this.timezone));
  protected readonly annotations = computed(() => alertAnnotations(this.alert().annotations));
  protected readonly labels = computed(() => orderedLabels(this.alert().labels));
  protected readonly fired = computed(() => firedText(this.alert().fireCount));
}
