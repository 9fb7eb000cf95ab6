import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { EmptyStateComponent, PageHeaderComponent } from '@ladder/portal/ui';
import { acknowledgementRows, acknowledgementSummary } from './acknowledgement-rows';
import { AcknowledgementsReportStore } from './acknowledgements-report.store';

/** Who has acknowledged a procedure version, per team, with "Remind now" for those who have not. */
@Component({
  selector: 'ladder-procedure-acknowledgements-page',
  imports: [
    EmptyStateComponent,
    MatButtonModule,
    MatProgressBarModule,
    MatTableModule,
    PageHeaderComponent,
    RouterLink,
  ],
  providers: [AcknowledgementsReportStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ladder-page-header [heading]="heading()" [subtitle]="summary()">
      <a mat-button [routerLink]="['/procedure', id()]">Back to the version</a>
      @if (report()?.publishedAt) {
        <button mat-flat-button type="button" [disabled]="store.reminding()" (click)="store.remind(id())">
          Remind now
        </button>
      }
    </ladder-page-header>
    @if (store.loading() && !report()) {
      <mat-progress-bar mode="indeterminate" aria-label="Loading acknowledgements" />
    } @else if (rows().length === 0) {
      <ladder-empty-state heading="Nobody has to acknowledge this version" />
    } @else {
      <table mat-table [dataSource]="rows()" aria-label="Acknowledgements per team">
        <ng-container matColumnDef="team">
          <th mat-header-cell *matHeaderCellDef scope="col">Team</th>
          <td mat-cell *matCellDef="let row">{{ row.team }}</td>
        </ng-container>
        <ng-container matColumnDef="counts">
          <th mat-header-cell *matHeaderCellDef scope="col">Acknowledged</th>
          <td mat-cell *matCellDef="let row">{{ row.counts }}</td>
        </ng-container>
        <ng-container matColumnDef="progress">
          <th mat-header-cell *matHeaderCellDef scope="col">Share</th>
          <td mat-cell *matCellDef="let row" class="progress">
            <mat-progress-bar mode="determinate" [value]="row.percent" [attr.aria-label]="row.team + ' acknowledged'" />
            <span>{{ row.percent }} %</span>
          </td>
        </ng-container>
        <ng-container matColumnDef="missing">
          <th mat-header-cell *matHeaderCellDef scope="col">Not acknowledged yet</th>
          <td mat-cell *matCellDef="let row">{{ row.missing }}</td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns"></tr>
      </table>
    }
  `,
  styles: `
    .progress {
      display: flex;
      align-items: center;
      gap: 8px;
      min-width: 160px;
    }
    .progress mat-progress-bar {
      flex: 1;
    }
  `,
})
export class ProcedureAcknowledgementsPage {
  protected readonly store = inject(AcknowledgementsReportStore);

  /** The version's id, from the route. */
  readonly id = input.required<string>();

  protected readonly columns = ['team', 'counts', 'progress', 'missing'];
  protected readonly report = this.store.report;
  protected readonly rows = computed(() => {
    const report = this.report();
    return report ? acknowledgementRows(report) : [];
  });
  protected readonly heading = computed(() => {
    const report = this.report();
    return report ? `Acknowledgements of procedure v${report.version}` : 'Acknowledgements';
  });
  protected readonly summary = computed(() => {
    const report = this.report();
    return report ? acknowledgementSummary(report) : '';
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.store.load(id));
    });
  }
}
