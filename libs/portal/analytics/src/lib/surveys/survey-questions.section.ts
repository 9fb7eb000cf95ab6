import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { SurveyReport } from '@ladder/contracts';
import { ChartCardComponent, type ChartView } from '@ladder/portal/ui/charts';
import { horizontalChartHeight } from '../shared/horizontal-bars';
import { ReportContext } from '../shared/report-context';
import { cardStatus, type ReportLoad } from '../shared/report-load';
import {
  chartedQuestions,
  distributionBars,
  distributionLabel,
  distributionOptions,
  distributionTable,
} from './question-distribution.mapper';
import { NO_RESPONSES_HINT, NO_RESPONSES_TEXT } from './survey-figures';

interface QuestionCard {
  key: string;
  heading: string;
  view: ChartView;
}

/** One card per rated or multiple-choice question: how its answers split, overall and per group. */
@Component({
  selector: 'ladder-survey-questions-section',
  imports: [ChartCardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (status() === 'ready') {
      @for (card of cards(); track card.key) {
        <ladder-chart-card
          [heading]="card.heading"
          subtitle="Share of the answers per option, all responses first; hover a bar for the counts."
          type="bar"
          status="ready"
          [view]="card.view"
          [fileName]="'survey-answers-' + card.key"
        />
      }
    } @else {
      <ladder-chart-card
        heading="Answers to each question"
        type="bar"
        [status]="status()"
        [view]="null"
        fileName="survey-answers"
        [emptyText]="emptyText"
        [emptyHint]="emptyHint"
      />
    }
  `,
  styles: `
    :host {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 520px), 1fr));
      align-items: start;
      gap: 16px;
    }
  `,
})
export class SurveyQuestionsSection {
  private readonly context = inject(ReportContext);

  readonly load = input.required<ReportLoad<SurveyReport> | null>();

  protected readonly emptyText = NO_RESPONSES_TEXT;
  protected readonly emptyHint = NO_RESPONSES_HINT;
  protected readonly status = computed(() =>
    cardStatus(this.load(), (r) => chartedQuestions(r.questions).every((q) => q.responses === 0)),
  );
  protected readonly cards = computed((): QuestionCard[] => {
    const report = this.load()?.report;
    if (!report) return [];
    return chartedQuestions(report.questions)
      .filter((q) => q.responses > 0)
      .map((question) => {
        const bars = distributionBars(question, report.minResponses);
        return {
          key: question.key,
          heading: question.prompt,
          view: {
            data: bars.data,
            options: distributionOptions(bars, this.context.animate),
            label: distributionLabel(bars, report.groupBy),
            table: distributionTable(bars, report.groupBy),
            height: horizontalChartHeight(bars.rows.length, 36),
          },
        };
      });
  });
}
