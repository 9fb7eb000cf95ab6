import { ChangeDetectionStrategy, Component } from '@angular/core';

/**
 * The cards of a report page: side by side where two fit (520 px each at least), one under the other where not, each
 * as tall as its content. A card the page gives `grid-column: 1 / -1` takes the whole width.
 */
@Component({
  selector: 'ladder-report-grid',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<ng-content />`,
  styles: `
    :host {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 520px), 1fr));
      align-items: start;
      gap: 16px;
    }
  `,
})
export class ReportGridComponent {}
