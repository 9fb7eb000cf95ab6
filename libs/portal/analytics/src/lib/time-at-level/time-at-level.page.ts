import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { TIME_AT_LEVEL_GROUPS, type Role } from '@ladder/contracts';
import { SessionStore } from '@ladder/portal/core';
import { AnalyticsApi } from '../shared/analytics.api';
import { ReportContext } from '../shared/report-context';
import { loadReport } from '../shared/report-load';
import { StillAtLevelSection } from './still-at-level.section';
import { TimeAtLevelBoxesSection } from './time-at-level-boxes.section';
import { CLOCK_NAMES, CLOCKS, GROUP_NAMES, PART_NAMES, STAY_PARTS, type StayMeasure } from './time-at-level.settings';

/** Who may open the drill-down (its route and API); agents read this report without it. */
const DRILL_READERS: readonly Role[] = ['manager', 'process_owner', 'admin'];

/** How long escalations stay at each level, per team, category, severity or procedure version. */
@Component({
  selector: 'ladder-time-at-level-page',
  imports: [MatButtonToggleModule, MatFormFieldModule, MatSelectModule, TimeAtLevelBoxesSection, StillAtLevelSection],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './time-at-level.page.html',
  styleUrl: './time-at-level.page.scss',
})
export class TimeAtLevelPage {
  private readonly context = inject(ReportContext);
  private readonly api = inject(AnalyticsApi);
  private readonly session = inject(SessionStore);

  protected readonly groups = TIME_AT_LEVEL_GROUPS;
  protected readonly clocks = CLOCKS;
  protected readonly parts = STAY_PARTS;
  protected readonly groupNames = GROUP_NAMES;
  protected readonly clockNames = CLOCK_NAMES;
  protected readonly partNames = PART_NAMES;

  protected readonly groupBy = computed(() => this.context.setting('groupBy', TIME_AT_LEVEL_GROUPS, 'team'));
  protected readonly measure = computed<StayMeasure>(
    () => ({
      clock: this.context.setting('clock', CLOCKS, 'wallClock'),
      part: this.context.setting('part', STAY_PARTS, 'total'),
    }),
    { equal: (a, b) => a.clock === b.clock && a.part === b.part },
  );
  protected readonly drillable = computed(() => this.session.hasRole(DRILL_READERS));

  protected readonly load = loadReport(
    () => ({ ...this.context.apiParams(), groupBy: this.groupBy() }),
    (params) => this.api.report('time-at-level', params),
  );
  private readonly comparisonLoad = loadReport(
    () => {
      const params = this.context.comparisonParams();
      return params && { ...params, groupBy: this.groupBy() };
    },
    (params) => this.api.report('time-at-level', params),
  );
  protected readonly comparison = computed(() => this.comparisonLoad()?.report ?? null);

  protected set(name: 'groupBy' | 'clock' | 'part', value: string): void {
    this.context.update({ [name]: value });
  }
}
