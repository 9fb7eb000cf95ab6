import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { PageHeaderComponent, SeverityChipComponent } from '@ladder/portal/ui';
import { ChartCardComponent } from '@ladder/portal/ui/charts';
import { ProcedureStatusChipComponent } from '../shared/procedure-status-chip.component';
import { versionLabel } from '../shared/procedure-words';
import { ProcedureReplayStore } from './procedure-replay.store';
import { ReplayDifferenceComponent } from './replay-difference.component';
import { breachRateChart, levelChart, levelRows, REPLAY_DAYS, replayDays, severityRows } from './replay.mapper';

/** What a version would have done to the escalations of the last days, beside what actually happened. */
@Component({
  selector: 'ladder-procedure-replay-page',
  imports: [
    DatePipe,
    RouterLink,
    MatButtonModule,
    MatButtonToggleModule,
    MatProgressBarModule,
    ChartCardComponent,
    PageHeaderComponent,
    ProcedureStatusChipComponent,
    ReplayDifferenceComponent,
    SeverityChipComponent,
  ],
  providers: [ProcedureReplayStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './procedure-replay.page.html',
  styleUrls: ['../shared/procedure-page.scss', './procedure-replay.page.scss'],
})
export class ProcedureReplayPage {
  protected readonly store = inject(ProcedureReplayStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  /** The version's id, from the route. */
  readonly id = input.required<string>();
  /** `?days=`, from the URL so a replay can be shared. */
  readonly days = input<string>();

  protected readonly dayChoices = REPLAY_DAYS;
  protected readonly versionLabel = versionLabel;
  protected readonly selectedDays = computed(() => replayDays(this.days()));
  private readonly animate = !globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  protected readonly severities = computed(() => {
    const result = this.store.result();
    return result ? severityRows(result) : [];
  });
  protected readonly levels = computed(() => {
    const result = this.store.result();
    return result ? levelRows(result) : [];
  });
  protected readonly breachChart = computed(() => breachRateChart(this.severities(), this.animate));
  protected readonly levelChart = computed(() => levelChart(this.levels(), this.animate));

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.store.load(id));
    });
  }

  protected chooseDays(days: number): Promise<boolean> {
    return this.router.navigate([], { relativeTo: this.route, queryParams: { days }, replaceUrl: true });
  }

  protected run(): Promise<void> {
    return this.store.run(this.id(), this.selectedDays());
  }
}
