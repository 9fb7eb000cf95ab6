import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { ReferenceStore } from '@ladder/portal/core';
import { REPORT_CARD_SHOWS_BOTH } from '@ladder/portal/ui';
import { LevelMovesSection } from '../bottlenecks/level-moves.section';
import { OverBudgetSection } from '../bottlenecks/over-budget.section';
import { StuckSection } from '../bottlenecks/stuck.section';
import { FilterBarComponent } from '../filters/filter-bar.component';
import { FlowFiguresSection } from '../flow/flow-figures.section';
import { FlowSankeySection } from '../flow/flow-sankey.section';
import { LevelsReachedSection } from '../flow/levels-reached.section';
import { TransitionMatrixSection } from '../flow/transition-matrix.section';
import { ArrivalsHeatmapSection } from '../load/arrivals-heatmap.section';
import { TeamCapacitySection } from '../load/team-capacity.section';
import { OverviewTilesSection } from '../overview/overview-tiles.section';
import { AnalyticsApi, type ReportName } from '../shared/analytics.api';
import { levelNamesFrom } from '../shared/labels';
import { loadPageReports } from '../shared/page-reports';
import { ProcedureVersionsStore } from '../shared/procedure-versions.store';
import { ReportContext } from '../shared/report-context';
import { loadReport } from '../shared/report-load';
import { BreachTimeSection } from '../sla-breaches/breach-time.section';
import { BreachTotalsSection } from '../sla-breaches/breach-totals.section';
import { BreachesOverTimeSection } from '../sla-breaches/breaches-over-time.section';
import { CsatByGroupSection } from '../surveys/csat-by-group.section';
import { DEFAULT_SURVEY_SETTINGS, surveyQueryParams } from '../surveys/survey-settings';
import { SurveyDriversSection } from '../surveys/survey-drivers.section';
import { SurveyQuestionsSection } from '../surveys/survey-questions.section';
import { SurveySummarySection } from '../surveys/survey-summary.section';
import { StillAtLevelSection } from '../time-at-level/still-at-level.section';
import { TimeAtLevelBoxesSection } from '../time-at-level/time-at-level-boxes.section';
import { ResolutionTimesSection } from '../time-to-resolution/resolution-times.section';
import { SurvivalCurvesSection } from '../time-to-resolution/survival-curves.section';
import { describeFilters } from './filter-description';

/**
 * The monthly process review on one printable page: every report's charts with their tables, for the chosen period
 * and filters (from the URL, so the pack of a meeting can be opened again).
 */
@Component({
  selector: 'ladder-review-pack-page',
  imports: [
    DatePipe,
    MatButtonModule,
    RouterLink,
    FilterBarComponent,
    OverviewTilesSection,
    TimeAtLevelBoxesSection,
    StillAtLevelSection,
    OverBudgetSection,
    LevelMovesSection,
    StuckSection,
    BreachesOverTimeSection,
    BreachTotalsSection,
    BreachTimeSection,
    FlowFiguresSection,
    FlowSankeySection,
    TransitionMatrixSection,
    LevelsReachedSection,
    ArrivalsHeatmapSection,
    TeamCapacitySection,
    SurvivalCurvesSection,
    ResolutionTimesSection,
    SurveySummarySection,
    CsatByGroupSection,
    SurveyDriversSection,
    SurveyQuestionsSection,
  ],
  providers: [ReportContext, { provide: REPORT_CARD_SHOWS_BOTH, useValue: true }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './review-pack.page.html',
  styleUrl: './review-pack.page.scss',
})
export class ReviewPackPage {
  protected readonly context = inject(ReportContext);
  private readonly api = inject(AnalyticsApi);
  private readonly reference = inject(ReferenceStore);
  protected readonly versions = inject(ProcedureVersionsStore);
  protected readonly preparedAt = new Date();

  private readonly levelLabel = levelNamesFrom(this.reference);

  protected readonly filtersText = computed(() =>
    describeFilters(this.context.filters(), {
      team: (id) => this.reference.teams().find((t) => t.id === id)?.name ?? id,
      level: (level) => this.levelLabel(Number(level)),
      version: (id) => this.versions.options().find((v) => v.value === id)?.label ?? id,
    }),
  );

  // The reports whose sections compare, with the comparison period's too; the overview and the load without.
  protected readonly overview = this.load('overview');
  protected readonly timeAtLevel = loadPageReports('time-at-level');
  protected readonly bottlenecks = loadPageReports('bottlenecks');
  protected readonly breaches = loadPageReports('sla-breaches');
  protected readonly flow = loadPageReports('flow');
  protected readonly arrivals = this.load('load');
  protected readonly survival = loadPageReports('survival');
  // The survey report as it first opens (by team, 4 h at a level); its comments stay on the page, too long for paper.
  protected readonly surveys = loadReport(
    () => ({ ...this.context.apiParams(), ...surveyQueryParams(DEFAULT_SURVEY_SETTINGS) }),
    (params) => this.api.report('surveys', params),
  );
  protected readonly surveyHours = Number(DEFAULT_SURVEY_SETTINGS.hoursAtLevel);

  constructor() {
    void this.reference.ensureLoaded();
  }

  protected print(): void {
    window.print();
  }

  private load<K extends ReportName>(name: K) {
    return loadReport(this.context.apiParams, (params) => this.api.report(name, params));
  }
}
