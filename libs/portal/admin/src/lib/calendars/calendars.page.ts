import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatListModule } from '@angular/material/list';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { EmptyStateComponent, PageHeaderComponent } from '@ladder/portal/ui';
import { CalendarEditorComponent } from './calendar-editor.component';
import { CalendarsStore } from './calendars.store';

/** The business-hours calendars the SLA clocks count in; changing one recomputes the open clocks. */
@Component({
  selector: 'ladder-calendars-page',
  imports: [
    MatCardModule,
    MatListModule,
    MatProgressBarModule,
    CalendarEditorComponent,
    EmptyStateComponent,
    PageHeaderComponent,
  ],
  providers: [CalendarsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ladder-page-header heading="Calendars" subtitle="Working time the SLA clocks count in" />
    @if (store.loading()) {
      <mat-progress-bar mode="indeterminate" aria-label="Loading calendars" />
    }
    @if (store.selected(); as selected) {
      <div class="columns">
        <nav aria-label="Calendars">
          <mat-nav-list>
            @for (c of store.calendars(); track c.id) {
              <a
                mat-list-item
                href=""
                [activated]="c.id === selected.id"
                [attr.aria-current]="c.id === selected.id ? 'page' : null"
                (click)="$event.preventDefault(); store.select(c.id)"
                >{{ c.name }}</a
              >
            }
          </mat-nav-list>
        </nav>
        <mat-card appearance="outlined">
          <mat-card-header>
            <mat-card-title>{{ selected.name }}</mat-card-title>
            <mat-card-subtitle>Version {{ selected.version }}</mat-card-subtitle>
          </mat-card-header>
          <mat-card-content><ladder-calendar-editor [record]="selected" /></mat-card-content>
        </mat-card>
      </div>
    } @else if (!store.loading()) {
      <ladder-empty-state heading="No calendars yet" />
    }
  `,
  styles: `
    .columns {
      display: grid;
      grid-template-columns: 220px minmax(0, 1fr);
      gap: 16px;
      align-items: start;
    }
    @media (max-width: 800px) {
      .columns {
        grid-template-columns: 1fr;
      }
    }
  `,
})
export class CalendarsPage {
  protected readonly store = inject(CalendarsStore);

  constructor() {
    void this.store.load();
  }
}
