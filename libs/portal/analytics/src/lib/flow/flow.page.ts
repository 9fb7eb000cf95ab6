import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { AnalyticsApi } from '../shared/analytics.api';
import { ReportContext } from '../shared/report-context';
import { loadReport } from '../shared/report-load';
import { FlowFiguresSection } from './flow-figures.section';
import { FlowSankeySection } from './flow-sankey.section';
import { LevelsReachedSection } from './levels-reached.section';
import { MovesDownSection } from './moves-down.section';
import { TransitionMatrixSection } from './transition-matrix.section';

/** Flow: how escalations climbed the ladder, how far, how fast, and how often they came back down. */
@Component({
  selector: 'ladder-flow-page',
  imports: [FlowFiguresSection, LevelsReachedSection, FlowSankeySection, MovesDownSection, TransitionMatrixSection],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="sections">
      <ladder-flow-figures-section [load]="load()" [comparison]="comparison()" />
      <ladder-levels-reached-section [load]="load()" [comparison]="comparison()" />
      <ladder-flow-sankey-section [load]="load()" />
      <ladder-moves-down-section [load]="load()" />
      <ladder-transition-matrix-section class="wide" [load]="load()" [comparison]="comparison()" />
    </div>
  `,
  styles: `
    .sections {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 520px), 1fr));
      align-items: start;
      gap: 16px;
    }
    .wide {
      grid-column: 1 / -1;
    }
  `,
})
export class FlowPage {
  private readonly context = inject(ReportContext);
  private readonly api = inject(AnalyticsApi);

  protected readonly load = loadReport(
    () => this.context.apiParams(),
    (params) => this.api.report('flow', params),
  );
  private readonly comparisonLoad = loadReport(
    () => this.context.comparisonParams(),
    (params) => this.api.report('flow', params),
  );
  protected readonly comparison = computed(() => this.comparisonLoad()?.report ?? null);
}
