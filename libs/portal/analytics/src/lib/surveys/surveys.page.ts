import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { asOptions } from '../filters/filter-options';
import { AnalyticsApi } from '../shared/analytics.api';
import { ReportContext } from '../shared/report-context';
import { ReportGridComponent } from '../shared/report-grid.component';
import { loadReport } from '../shared/report-load';
import { ReportSettingComponent } from '../shared/report-setting.component';
import { CsatByGroupSection } from './csat-by-group.section';
import { SurveyCommentsSection, type CommentFilters } from './survey-comments.section';
import { SurveyDriversSection } from './survey-drivers.section';
import { SurveyQuestionsSection } from './survey-questions.section';
import {
  COMMENT_MAX_SCORES,
  commentSearch,
  DEFAULT_SURVEY_SETTINGS,
  HOURS_AT_LEVEL,
  SURVEY_GROUP_BY_LABELS,
  surveyQueryParams,
} from './survey-settings';
import { SURVEY_GROUP_BYS } from '@ladder/contracts/values';
import { SurveySummarySection } from './survey-summary.section';

/**
 * Voice of the stakeholder: how many answered the post-resolution survey, how satisfied they were per team, level,
 * severity ..., what goes with lower satisfaction, and what they wrote. Its settings live in the URL like every
 * report's.
 */
@Component({
  selector: 'ladder-surveys-page',
  imports: [
    MatFormFieldModule,
    MatSelectModule,
    ReportGridComponent,
    ReportSettingComponent,
    SurveySummarySection,
    CsatByGroupSection,
    SurveyQuestionsSection,
    SurveyDriversSection,
    SurveyCommentsSection,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './surveys.page.html',
  styleUrl: './surveys.page.scss',
})
export class SurveysPage {
  private readonly context = inject(ReportContext);
  private readonly api = inject(AnalyticsApi);

  protected readonly groupBys = asOptions(SURVEY_GROUP_BYS, SURVEY_GROUP_BY_LABELS);
  protected readonly hourOptions = HOURS_AT_LEVEL.map((hours) => ({ value: hours, label: `${hours} h` }));

  protected readonly groupBy = computed(() =>
    this.context.setting('groupBy', SURVEY_GROUP_BYS, DEFAULT_SURVEY_SETTINGS.groupBy),
  );
  protected readonly hoursAtLevel = computed(() =>
    this.context.setting('hoursAtLevel', HOURS_AT_LEVEL, DEFAULT_SURVEY_SETTINGS.hoursAtLevel),
  );
  protected readonly hours = computed(() => Number(this.hoursAtLevel()));
  protected readonly commentFilters = computed(
    (): CommentFilters => ({
      maxScore: this.context.setting('commentMaxScore', COMMENT_MAX_SCORES, DEFAULT_SURVEY_SETTINGS.commentMaxScore),
      text: commentSearch(this.context.params()['commentText']),
    }),
    { equal: (a, b) => a.maxScore === b.maxScore && a.text === b.text },
  );

  // One report over the filters; no comparison period (the overview compares CSAT with the period before).
  protected readonly survey = loadReport(
    () => ({
      ...this.context.apiParams(),
      ...surveyQueryParams({
        groupBy: this.groupBy(),
        hoursAtLevel: this.hoursAtLevel(),
        commentMaxScore: this.commentFilters().maxScore,
        commentText: this.commentFilters().text,
      }),
    }),
    (params) => this.api.report('surveys', params),
  );

  protected choose(setting: 'groupBy' | 'hoursAtLevel', value: string): void {
    this.context.update({ [setting]: value });
  }

  protected filterComments(change: Partial<CommentFilters>): void {
    if (change.maxScore !== undefined) {
      this.context.update({ commentMaxScore: change.maxScore === 'any' ? null : change.maxScore });
    }
    if (change.text !== undefined) this.context.update({ commentText: commentSearch(change.text) || null });
  }
}
