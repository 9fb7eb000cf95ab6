import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { Risk } from '@ladder/contracts';
import { IMPACT_LABEL, LIKELIHOOD_LABEL } from './register-words';
import { heatGrid, type HeatCell } from './risk-rows';

/** Open risks on a likelihood x impact grid, each cell coloured by its score band; a table, so it reads aloud. */
@Component({
  selector: 'ladder-risk-heat-grid',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <table class="grid">
      <caption>
        Open risks by likelihood (rows) and impact (columns)
      </caption>
      <thead>
        <tr>
          <td></td>
          @for (label of impacts; track $index) {
            <th scope="col">{{ $index + 1 }} · {{ label }}</th>
          }
        </tr>
      </thead>
      <tbody>
        @for (row of grid(); track row[0]?.likelihood) {
          <tr>
            <th scope="row">{{ row[0]?.likelihood }} · {{ likelihoodLabel(row[0]?.likelihood ?? 1) }}</th>
            @for (cell of row; track cell.impact) {
              <td
                [class]="'band-' + cell.band"
                [attr.title]="cell.titles.join('\\n') || null"
                [attr.aria-label]="describe(cell)"
              >
                {{ cell.titles.length || '' }}
              </td>
            }
          </tr>
        }
      </tbody>
    </table>
  `,
  styles: `
    .grid {
      border-collapse: separate;
      border-spacing: 3px;
    }
    caption {
      text-align: left;
      font: var(--mat-sys-title-small);
      margin-bottom: 4px;
    }
    th {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
      padding: 2px 6px;
      text-align: center;
    }
    th[scope='row'] {
      text-align: right;
    }
    td {
      width: 72px;
      height: 40px;
      text-align: center;
      font-weight: 600;
      border-radius: 4px;
      color: #1b1b1b;
    }
    .band-low {
      background: #c8e6c9;
    }
    .band-medium {
      background: #fff59d;
    }
    .band-high {
      background: #ffcc80;
    }
    .band-critical {
      background: #ef9a9a;
    }
  `,
})
export class RiskHeatGridComponent {
  readonly risks = input.required<readonly Risk[]>();
  protected readonly grid = computed(() => heatGrid(this.risks()));
  protected readonly impacts = IMPACT_LABEL;

  protected likelihoodLabel(likelihood: number): string {
    return LIKELIHOOD_LABEL[likelihood - 1] ?? '';
  }

  protected describe(cell: HeatCell): string {
    const count = cell.titles.length;
    return `Likelihood ${cell.likelihood}, impact ${cell.impact}, score ${cell.score}: ${count} open ${count === 1 ? 'risk' : 'risks'}`;
  }
}
