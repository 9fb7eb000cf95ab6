import { ChangeDetectionStrategy, Component } from '@angular/core';
import { loadPageReports } from '../shared/page-reports';
import { ReportGridComponent } from '../shared/report-grid.component';
import { FlowFiguresSection } from './flow-figures.section';
import { FlowSankeySection } from './flow-sankey.section';
import { LevelsReachedSection } from './levels-reached.section';
import { MovesDownSection } from './moves-down.section';
import { TransitionMatrixSection } from './transition-matrix.section';

/** Flow: how escalations climbed the ladder, how far, how fast, and how often they came back down. */
@Component({
  selector: 'ladder-flow-page',
  imports: [
    ReportGridComponent,
    FlowFiguresSection,
    LevelsReachedSection,
    FlowSankeySection,
    MovesDownSection,
    TransitionMatrixSection,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ladder-report-grid>
      <ladder-flow-figures-section [load]="flow.load()" [comparison]="flow.comparison()" />
      <ladder-levels-reached-section [load]="flow.load()" [comparison]="flow.comparison()" />
      <ladder-flow-sankey-section [load]="flow.load()" />
      <ladder-moves-down-section [load]="flow.load()" />
      <ladder-transition-matrix-section class="wide" [load]="flow.load()" [comparison]="flow.comparison()" />
    </ladder-report-grid>
  `,
  styles: `
    .wide {
      grid-column: 1 / -1;
    }
  `,
})
export class FlowPage {
  protected readonly flow = loadPageReports('flow');
}
