import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import type { TimeBasis } from '@ladder/contracts';
import { DataTableComponent, EmptyStateComponent, PageHeaderComponent, type ReportStatus } from '@ladder/portal/ui';
import { ChartCardComponent } from '@ladder/portal/ui/charts';
import type { ImpactMode, ImpactQuery } from './impact-query';
import { ImpactStore } from './impact.store';
import { caseMixTable, forestView, impactTable, metricsOn, sideDrillLink, tooFewLabels } from './impact.mapper';

/** Whether a revision helped: two versions or two periods, each metric's change at the same case mix, with its uncertainty. */
@Component({
  selector: 'ladder-procedure-impact-page',
  imports: [
    MatButtonToggleModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    RouterLink,
    ChartCardComponent,
    DataTableComponent,
    EmptyStateComponent,
    PageHeaderComponent,
  ],
  providers: [ImpactStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ladder-page-header
      heading="Did it help?"
      subtitle="Each metric of B against A, at the same mix of severities and categories, with its 95 % confidence interval. Finished escalations only."
    />

    <form class="controls" aria-label="What to compare" (submit)="$event.preventDefault()">
      <mat-button-toggle-group
        aria-label="Compare"
        [value]="query().mode"
        (change)="setMode($event.value)"
        hideSingleSelectionIndicator
      >
        <mat-button-toggle value="versions">Version against version</mat-button-toggle>
        <mat-button-toggle value="periods">Period against period</mat-button-toggle>
      </mat-button-toggle-group>

      @if (query().mode === 'versions') {
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>A (before)</mat-label>
          <mat-select [value]="query().a" (selectionChange)="setVersion('a', $event.value)">
            @for (v of versionOptions(); track v.id) {
              <mat-option [value]="v.id">{{ v.label }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>B (after)</mat-label>
          <mat-select [value]="query().b" (selectionChange)="setVersion('b', $event.value)">
            @for (v of versionOptions(); track v.id) {
              <mat-option [value]="v.id">{{ v.label }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      } @else {
        <fieldset class="period">
          <legend>Period A (before)</legend>
          <mat-form-field subscriptSizing="dynamic" class="date">
            <mat-label>A from</mat-label>
            <input matInput type="date" [value]="query().aFrom" (change)="setDate('aFrom', aFrom.value)" #aFrom />
          </mat-form-field>
          <mat-form-field subscriptSizing="dynamic" class="date">
            <mat-label>A to</mat-label>
            <input matInput type="date" [value]="query().aTo" (change)="setDate('aTo', aTo.value)" #aTo />
          </mat-form-field>
        </fieldset>
        <fieldset class="period">
          <legend>Period B (after)</legend>
          <mat-form-field subscriptSizing="dynamic" class="date">
            <mat-label>B from</mat-label>
            <input matInput type="date" [value]="query().bFrom" (change)="setDate('bFrom', bFrom.value)" #bFrom />
          </mat-form-field>
          <mat-form-field subscriptSizing="dynamic" class="date">
            <mat-label>B to</mat-label>
            <input matInput type="date" [value]="query().bTo" (change)="setDate('bTo', bTo.value)" #bTo />
          </mat-form-field>
        </fieldset>
      }

      <mat-button-toggle-group
        aria-label="Time counted on"
        [value]="query().timeBasis"
        (change)="setTimeBasis($event.value)"
        hideSingleSelectionIndicator
      >
        <mat-button-toggle value="wall">Wall clock</mat-button-toggle>
        <mat-button-toggle value="business">Business hours</mat-button-toggle>
      </mat-button-toggle-group>
    </form>

    @if (store.loading()) {
      <mat-progress-bar mode="indeterminate" aria-label="Loading the comparison" />
    }

    @if (noVersionPair()) {
      <ladder-empty-state heading="There are not two versions to compare yet">
        <p>Publish a revision and let escalations run under it, or compare two periods instead.</p>
      </ladder-empty-state>
    } @else {
      @if (report(); as r) {
        <section class="sides" aria-label="The two sides">
          @for (side of [r.a, r.b]; track $index) {
            <p>
              <strong>{{ $index === 0 ? 'A' : 'B' }}:</strong> {{ side.label }} — {{ side.escalations }} finished
              escalations
              @if (side.firstOpened) {
                (opened {{ side.firstOpened }} to {{ side.lastOpened }})
              }
              @if (drillLink(side); as link) {
                · <a [routerLink]="link.path" [queryParams]="link.queryParams">list the escalations opened</a>
              }
            </p>
          }
        </section>

        @if (allTooFew()) {
          <ladder-empty-state heading="Not enough escalations yet to tell">
            <p>
              Each side needs at least {{ r.minimumPerSide }} finished escalations (survey responses for CSAT) with a
              severity and category the other side has too. Wait for more to finish, or pick a wider period.
            </p>
          </ladder-empty-state>
        } @else if (tooFew().length) {
          <p class="note" role="note">
            Not enough escalations yet to tell for: {{ tooFew().join(', ') }}. Each side needs at least
            {{ r.minimumPerSide }} with a severity and category the other side has too.
          </p>
        }
      }

      <div class="charts">
        <ladder-chart-card
          heading="Times"
          subtitle="B − A in hours: a dot left of zero is faster under B. The bar is the 95 % confidence interval; one that crosses zero may be no change at all."
          type="bar"
          [status]="status()"
          [view]="hoursView()"
          [fileName]="fileName() + '-times'"
        />
        <ladder-chart-card
          heading="Rates"
          subtitle="B − A in percentage points: fewer breaches is better, more satisfied stakeholders is better."
          type="bar"
          [status]="status()"
          [view]="pointsView()"
          [fileName]="fileName() + '-rates'"
        />
      </div>

      @if (report(); as r) {
        <section aria-labelledby="impact-findings">
          <h2 id="impact-findings">What changed</h2>
          <ul class="findings">
            @for (m of r.metrics; track m.key) {
              <li [class]="m.tooFew ? 'too-few' : m.direction">{{ m.sentence }}</li>
            }
          </ul>
          @if (table(); as t) {
            <ladder-data-table [table]="t" />
          }
        </section>
        @if (caseMix(); as mix) {
          <section aria-labelledby="impact-case-mix">
            <h2 id="impact-case-mix">Case mix</h2>
            <p>
              Each metric is compared within each severity and category and weighted by both sides' escalations there,
              so that a side with more easy cases does not look better for it.
            </p>
            <ladder-data-table [table]="mix" />
          </section>
        }
      }
    }
  `,
  styleUrl: './procedure-impact.page.scss',
})
export class ProcedureImpactPage {
  protected readonly store = inject(ImpactStore);
  private readonly animate = !globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

  protected readonly query = this.store.query;
  protected readonly report = this.store.report;
  protected readonly drillLink = sideDrillLink;
  protected readonly versionOptions = computed(() =>
    (this.store.versions()?.choices ?? []).map((v) => ({ id: v.id, label: `v${v.version} · ${v.name}` })),
  );
  /** Two versions are needed to compare versions. */
  protected readonly noVersionPair = computed(
    () => this.query().mode === 'versions' && this.store.versions() !== null && (!this.query().a || !this.query().b),
  );
  protected readonly tooFew = computed(() => {
    const report = this.report();
    return report ? tooFewLabels(report) : [];
  });
  protected readonly allTooFew = computed(() => {
    const report = this.report();
    return report !== null && this.tooFew().length === report.metrics.length;
  });
  protected readonly status = computed((): ReportStatus => {
    if (this.store.loading() && !this.report()) return 'loading';
    if (this.store.failed() && !this.report()) return 'error';
    return this.report()?.metrics.length ? 'ready' : 'empty';
  });
  protected readonly hoursView = computed(() => this.view('hours'));
  protected readonly pointsView = computed(() => this.view('points'));
  protected readonly table = computed(() => {
    const report = this.report();
    return report ? impactTable(report.metrics, 'Every metric, A against B, at the same case mix') : null;
  });
  protected readonly caseMix = computed(() => {
    const report = this.report();
    return report ? caseMixTable(report) : null;
  });
  protected readonly fileName = computed(() => {
    const q = this.query();
    return q.mode === 'periods' ? `did-it-help-${q.aFrom}-${q.bTo}` : 'did-it-help-versions';
  });

  protected setMode(mode: ImpactMode): void {
    this.store.set({ mode });
  }

  protected setVersion(side: 'a' | 'b', id: string): void {
    this.store.set({ [side]: id });
  }

  protected setDate(key: keyof Pick<ImpactQuery, 'aFrom' | 'aTo' | 'bFrom' | 'bTo'>, value: string): void {
    if (value) this.store.set({ [key]: value });
  }

  protected setTimeBasis(timeBasis: TimeBasis): void {
    this.store.set({ timeBasis });
  }

  private view(scale: 'hours' | 'points') {
    const report = this.report();
    return report ? forestView(metricsOn(report, scale), scale, this.animate) : null;
  }
}
