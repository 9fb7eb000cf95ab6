import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { BREACH_KINDS, FINDING_KINDS, type ProcessReview, SeveritySchema } from '@ladder/contracts';
import type { FieldErrors } from '@ladder/portal/core';
import { FINDING_KIND_LABELS, findingLinks } from '../shared/review-words';
import { findingBody, type FindingDraft } from './finding-body';
import { ProcessReviewStore } from './process-review.store';

/** The review's findings with what they link to; on an open review, a form to add one. */
@Component({
  selector: 'ladder-review-findings',
  imports: [
    DatePipe,
    RouterLink,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="findings-heading">
      <h2 id="findings-heading">Findings</h2>
      @for (finding of findings(); track finding.id) {
        <article class="finding">
          <p>
            <span class="chip">{{ kindLabels[finding.kind] }}</span>
            {{ finding.text }}
          </p>
          <p class="note">
            {{ finding.createdByName }}, {{ finding.createdAt | date: 'medium' }}
            @for (link of finding.links; track link.path + link.label) {
              · <a [routerLink]="link.path" [queryParams]="link.queryParams">{{ link.label }}</a>
            }
          </p>
          @if (editable()) {
            <button
              mat-button
              type="button"
              (click)="store.removeFinding(finding.id)"
              [attr.aria-label]="'Remove finding: ' + finding.text"
            >
              Remove
            </button>
          }
        </article>
      } @empty {
        <p>No findings yet.</p>
      }

      @if (editable()) {
        <h3>Add a finding</h3>
        <form class="form" [formGroup]="form" (ngSubmit)="add()">
          <mat-form-field>
            <mat-label>Kind</mat-label>
            <mat-select formControlName="kind">
              @for (kind of kinds; track kind) {
                <mat-option [value]="kind" [disabled]="kind === 'bottleneck' && !bottlenecks().length">
                  {{ kindLabels[kind] }}
                </mat-option>
              }
            </mat-select>
          </mat-form-field>
          @switch (kind()) {
            @case ('bottleneck') {
              <mat-form-field>
                <mat-label>Bottleneck</mat-label>
                <mat-select formControlName="bottleneck">
                  @for (b of bottlenecks(); track b.value) {
                    <mat-option [value]="b.value">{{ b.label }}</mat-option>
                  }
                </mat-select>
              </mat-form-field>
            }
            @case ('breach-pattern') {
              <mat-form-field>
                <mat-label>Breach kind</mat-label>
                <mat-select formControlName="breachKind">
                  @for (b of breachKinds; track b) {
                    <mat-option [value]="b">{{ b }}</mat-option>
                  }
                </mat-select>
              </mat-form-field>
              <mat-form-field>
                <mat-label>Severity</mat-label>
                <mat-select formControlName="severity">
                  <mat-option value="">Every severity</mat-option>
                  @for (s of severities; track s) {
                    <mat-option [value]="s">{{ s }}</mat-option>
                  }
                </mat-select>
              </mat-form-field>
            }
            @case ('survey-comments') {
              <mat-form-field class="wide">
                <mat-label>Escalation ids</mat-label>
                <textarea matInput formControlName="escalationIds" rows="2"></textarea>
                <mat-hint>The escalations whose survey comments this is about, separated by commas</mat-hint>
                @if (errors()['link.escalationIds']; as error) {
                  <mat-error>{{ error }}</mat-error>
                }
              </mat-form-field>
            }
          }
          <mat-form-field class="wide">
            <mat-label>Finding</mat-label>
            <textarea matInput formControlName="text" rows="3" maxlength="5000" required></textarea>
            <mat-error>Describe the finding</mat-error>
          </mat-form-field>
          @if (message()) {
            <p class="notice wide" role="alert">{{ message() }}</p>
          }
          <div class="wide">
            <button mat-flat-button type="submit" [disabled]="store.busy()">Add finding</button>
          </div>
        </form>
      }
    </section>
  `,
  styleUrl: '../shared/review-page.scss',
  styles: `
    .finding {
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      padding: 4px 0;
    }
  `,
})
export class ReviewFindingsSection {
  protected readonly store = inject(ProcessReviewStore);
  protected readonly kinds = FINDING_KINDS;
  protected readonly kindLabels = FINDING_KIND_LABELS;
  protected readonly breachKinds = BREACH_KINDS;
  protected readonly severities = SeveritySchema.options;
  protected readonly errors = signal<FieldErrors>({});
  protected readonly message = signal('');

  private readonly review = computed(() => this.store.review() as ProcessReview);
  protected readonly editable = computed(() => this.store.canWrite() && this.store.isOpen());
  protected readonly findings = computed(() =>
    this.review().findings.map((finding) => ({ ...finding, links: findingLinks(finding, this.review()) })),
  );
  protected readonly bottlenecks = computed(() =>
    this.review().snapshot.bottlenecks.map((b) => ({
      value: `${b.level}:${b.teamId}`,
      label: `L${b.level} ${b.levelName} · ${b.teamName}`,
    })),
  );

  protected readonly form = new FormGroup({
    kind: new FormControl<FindingDraft['kind']>('other', { nonNullable: true }),
    text: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.pattern(/\S/)] }),
    bottleneck: new FormControl(this.bottlenecks()[0]?.value ?? '', { nonNullable: true }),
    breachKind: new FormControl<FindingDraft['breachKind']>('resolution', { nonNullable: true }),
    severity: new FormControl<FindingDraft['severity']>('', { nonNullable: true }),
    escalationIds: new FormControl('', { nonNullable: true }),
  });
  protected readonly kind = toSignal(this.form.controls.kind.valueChanges, { initialValue: 'other' as const });

  protected async add(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const outcome = await this.store.addFinding(findingBody(this.form.getRawValue()));
    if (outcome.saved) {
      this.form.reset();
      this.errors.set({});
      this.message.set('');
    } else {
      this.errors.set(outcome.fieldErrors);
      this.message.set(outcome.message);
    }
  }
}
