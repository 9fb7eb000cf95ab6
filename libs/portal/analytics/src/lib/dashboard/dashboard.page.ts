import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { BarChartComponent, EmptyStateComponent, formatMinutes, PageHeaderComponent } from '@ladder/portal/ui';
import { DashboardStore } from './dashboard.store';

@Component({
  selector: 'ladder-dashboard-page',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatTableModule,
    BarChartComponent,
    EmptyStateComponent,
    PageHeaderComponent,
  ],
  providers: [DashboardStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dashboard.page.html',
  styleUrl: './dashboard.page.scss',
})
export class DashboardPage {
  protected readonly store = inject(DashboardStore);
  protected readonly columns = ['level', 'team', 'count', 'mean', 'p50', 'p90'];
  protected readonly stillColumns = ['level', 'team', 'count', 'oldest'];
  protected readonly formatMinutes = formatMinutes;

  protected readonly chartLabel = computed(() => {
    const { from, to } = this.store.range();
    const unit = this.store.chart()?.unit ?? 'minutes';
    return `Bar chart of median (p50) and 90th percentile (p90) time at level in ${unit}, per level and team, from ${from} to ${to}. The same figures are in the table below.`;
  });

  protected apply(from: string, to: string): void {
    if (from && to && from <= to) this.store.setRange({ from, to });
  }
}
