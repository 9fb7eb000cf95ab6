import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { TIME_AT_LEVEL_GROUPS } from '@ladder/contracts/values';
import { asOptions } from '../filters/filter-options';
import { loadPageReports } from '../shared/page-reports';
import { ReportContext } from '../shared/report-context';
import { groupByFrom, timeAtLevelSettings } from '../shared/report-page-requests';
import { ReportSettingComponent } from '../shared/report-setting.component';
import { StillAtLevelSection } from './still-at-level.section';
import { TimeAtLevelBoxesSection } from './time-at-level-boxes.section';
import { CLOCK_NAMES, CLOCKS, GROUP_NAMES, PART_NAMES, STAY_PARTS, type StayMeasure } from './time-at-level.settings';

/** How long escalations stay at each level, per team, category, severity or procedure version. */
@Component({
  selector: 'ladder-time-at-level-page',
  imports: [MatFormFieldModule, MatSelectModule, ReportSettingComponent, TimeAtLevelBoxesSection, StillAtLevelSection],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './time-at-level.page.html',
  styleUrl: './time-at-level.page.scss',
})
export class TimeAtLevelPage {
  private readonly context = inject(ReportContext);

  protected readonly groups = TIME_AT_LEVEL_GROUPS;
  protected readonly groupNames = GROUP_NAMES;
  protected readonly clocks = asOptions(CLOCKS, CLOCK_NAMES);
  protected readonly parts = asOptions(STAY_PARTS, PART_NAMES);

  protected readonly groupBy = computed(() => groupByFrom(this.context.params()));
  protected readonly measure = computed<StayMeasure>(
    () => ({
      clock: this.context.setting('clock', CLOCKS, 'wallClock'),
      part: this.context.setting('part', STAY_PARTS, 'total'),
    }),
    { equal: (a, b) => a.clock === b.clock && a.part === b.part },
  );

  protected readonly stays = loadPageReports('time-at-level', () => timeAtLevelSettings(this.context.params()));

  protected set(name: 'groupBy' | 'clock' | 'part', value: string): void {
    this.context.update({ [name]: value });
  }
}
