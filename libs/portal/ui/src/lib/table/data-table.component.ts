import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { formatCell, type DataTable, type TableColumn, type TableRow } from './data-table';

/** A chart's figures as a table; a cell with a link opens what is behind it (keyboard users' way to drill down). */
@Component({
  selector: 'ladder-data-table',
  imports: [MatTableModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <!-- Focusable, so a keyboard can scroll a table wider than its card. -->
    <div class="scroll" tabindex="0" role="region" [attr.aria-label]="table().caption">
      <table mat-table [dataSource]="table().rows" [attr.aria-label]="table().caption">
        @for (column of table().columns; track column.key) {
          <ng-container [matColumnDef]="column.key">
            <th mat-header-cell *matHeaderCellDef [class.num]="column.numeric">{{ column.label }}</th>
            <td mat-cell *matCellDef="let row" [class.num]="column.numeric">
              @if (linkOf(row, column); as link) {
                <a [routerLink]="link.path" [queryParams]="link.queryParams">{{ text(row, column) }}</a>
              } @else {
                {{ text(row, column) }}
              }
            </td>
          </ng-container>
        }
        <tr mat-header-row *matHeaderRowDef="keys()"></tr>
        <tr mat-row *matRowDef="let row; columns: keys()"></tr>
      </table>
    </div>
  `,
  styles: `
    .scroll {
      overflow-x: auto;
    }
    table {
      width: 100%;
    }
    .num {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
  `,
})
export class DataTableComponent {
  readonly table = input.required<DataTable>();
  protected readonly keys = computed(() => this.table().columns.map((c) => c.key));

  protected text(row: TableRow, column: TableColumn): string {
    return formatCell(row.cells[column.key] ?? null, column);
  }

  protected linkOf(row: TableRow, column: TableColumn) {
    return row.links?.[column.key];
  }
}
