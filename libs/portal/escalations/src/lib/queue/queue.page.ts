import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { SeveritySchema, StatusSchema, type EscalationSort, type SlaState } from '@ladder/contracts';
import { ReferenceStore, SessionStore } from '@ladder/portal/core';
import {
  PageHeaderComponent,
  DueTimeComponent,
  EmptyStateComponent,
  escalationNumber,
  SEVERITY_LABEL,
  SeverityChipComponent,
  SLA_STATE_LABEL,
  SlaStateChipComponent,
  STATUS_LABEL,
  StatusChipComponent,
} from '@ladder/portal/ui';
import { AlertMarkerComponent } from './alert-marker.component';
import { QueueStore } from './queue.store';

/** The SLA states worth filtering the queue by, and the badges a row shows. */
const FLAGGED: readonly SlaState[] = ['warning', 'breached'];

const SORTS: readonly { value: EscalationSort; label: string }[] = [
  { value: 'due', label: 'Due soonest' },
  { value: 'severity', label: 'Severity' },
  { value: '-created', label: 'Newest' },
  { value: 'created', label: 'Oldest' },
  { value: '-updated', label: 'Recently updated' },
];

@Component({
  selector: 'ladder-queue-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    AlertMarkerComponent,
    DueTimeComponent,
    EmptyStateComponent,
    PageHeaderComponent,
    SeverityChipComponent,
    SlaStateChipComponent,
    StatusChipComponent,
  ],
  providers: [QueueStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './queue.page.html',
  styleUrl: './queue.page.scss',
})
export class QueuePage {
  protected readonly store = inject(QueueStore);
  protected readonly reference = inject(ReferenceStore);
  private readonly session = inject(SessionStore);

  protected readonly columns = ['number', 'title', 'severity', 'status', 'level', 'team', 'assignee', 'due'];
  protected readonly statuses = StatusSchema.options.map((value) => ({ value, label: STATUS_LABEL[value] }));
  protected readonly severities = SeveritySchema.options.map((value) => ({
    value,
    label: `${value} ${SEVERITY_LABEL[value]}`,
  }));
  protected readonly slaStates = FLAGGED.map((value) => ({ value, label: SLA_STATE_LABEL[value] }));
  protected readonly sorts = SORTS;
  protected readonly levels = computed(() => this.reference.procedure()?.definition.levels ?? []);
  protected readonly canCreate = computed(() => this.session.hasRole(['agent', 'manager', 'admin']));
  protected readonly escalationNumber = escalationNumber;

  constructor() {
    void this.reference.ensureLoaded();
  }

  protected flagged(state: SlaState): boolean {
    return FLAGGED.includes(state);
  }

  protected search(text: string): void {
    this.store.update({ q: text.trim() });
  }

  protected page(event: PageEvent): void {
    this.store.update({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }
}
