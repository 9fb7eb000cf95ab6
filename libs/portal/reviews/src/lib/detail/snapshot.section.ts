import { DatePipe, DecimalPipe, PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ReviewSnapshot } from '@ladder/contracts';
import { snapshotRows, snapshotTiles } from '../shared/review-words';

/** The review's frozen metrics: headline tiles, the other figures in a small table, and the top bottlenecks. */
@Component({
  selector: 'ladder-review-snapshot',
  imports: [DatePipe, DecimalPipe, PercentPipe, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="snapshot-heading">
      <h2 id="snapshot-heading">Snapshot</h2>
      <p class="note">Taken {{ snapshot().takenAt | date: 'medium' }}; it does not change afterwards.</p>
      <ul class="tiles" aria-label="Key metrics of the period">
        @for (tile of tiles(); track tile.label) {
          <li class="tile">
            <span class="tile-label">{{ tile.label }}</span>
            <span class="tile-value">{{ tile.value }}</span>
          </li>
        }
      </ul>
      <table class="plain" aria-label="More figures of the period">
        <tbody>
          @for (row of rows(); track row.label) {
            <tr>
              <th scope="row">{{ row.label }}</th>
              <td class="number">{{ row.value }}</td>
            </tr>
          }
        </tbody>
      </table>
      <h3>Top bottlenecks</h3>
      @if (snapshot().bottlenecks.length) {
        <table class="plain">
          <thead>
            <tr>
              <th scope="col">Level and team</th>
              <th scope="col" class="number">Hours over budget</th>
              <th scope="col" class="number">Stays over budget</th>
              <th scope="col" class="number">Share of all hours</th>
            </tr>
          </thead>
          <tbody>
            @for (row of snapshot().bottlenecks; track row.level + row.teamId) {
              <tr>
                <td>
                  <a
                    routerLink="/reports/bottlenecks"
                    [queryParams]="{ from: period().from, to: period().to, level: row.level, teamId: row.teamId }"
                    >L{{ row.level }} {{ row.levelName }} · {{ row.teamName }}</a
                  >
                </td>
                <td class="number">{{ row.hoursOverBudget | number: '1.0-2' }}</td>
                <td class="number">{{ row.overBudgetStints }} of {{ row.stints }}</td>
                <td class="number">{{ row.shareOfAllHours | percent: '1.0-1' }}</td>
              </tr>
            }
          </tbody>
        </table>
      } @else {
        <p>No stay went over its budget in the period.</p>
      }
    </section>
  `,
  styleUrl: '../shared/review-page.scss',
})
export class ReviewSnapshotSection {
  readonly snapshot = input.required<ReviewSnapshot>();
  readonly period = input.required<{ from: string; to: string }>();
  protected readonly tiles = computed(() => snapshotTiles(this.snapshot()));
  protected readonly rows = computed(() => snapshotRows(this.snapshot()));
}
