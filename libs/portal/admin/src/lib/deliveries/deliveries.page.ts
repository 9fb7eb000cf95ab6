import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import type { DeliveryStatus } from '@ladder/contracts';
import { EmptyStateComponent, PageHeaderComponent } from '@ladder/portal/ui';
import { DELIVERY_PAGE_SIZE } from './deliveries-filter';
import { DeliveriesStore } from './deliveries.store';

const STATUSES: readonly { value: DeliveryStatus; label: string }[] = [
  { value: 'failed', label: 'Failed' },
  { value: 'pending', label: 'Pending' },
  { value: 'sent', label: 'Sent' },
];

/** The outbox: emails and webhooks, with every attempt, and a retry for those parked as failed. */
@Component({
  selector: 'ladder-deliveries-page',
  imports: [
    DatePipe,
    RouterLink,
    MatButtonModule,
    MatButtonToggleModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatTableModule,
    EmptyStateComponent,
    PageHeaderComponent,
  ],
  providers: [DeliveriesStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './deliveries.page.html',
  styleUrl: './deliveries.page.scss',
})
export class DeliveriesPage {
  protected readonly store = inject(DeliveriesStore);
  protected readonly statuses = STATUSES;
  protected readonly pageSize = DELIVERY_PAGE_SIZE;
  protected readonly columns = [
    'createdAt',
    'channel',
    'recipient',
    'subject',
    'attempts',
    'lastError',
    'when',
    'actions',
  ];

  protected page(event: PageEvent): void {
    this.store.update({ page: event.pageIndex + 1 });
  }
}
