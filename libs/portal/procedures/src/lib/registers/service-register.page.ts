import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import type { CriticalService, CriticalServiceInput } from '@ladder/contracts';
import { Notifier, ReferenceStore, SessionStore } from '@ladder/portal/core';
import { EmptyStateComponent, PageHeaderComponent, SeverityChipComponent } from '@ladder/portal/ui';
import { firstValueFrom } from 'rxjs';
import { ConfirmDialog, type ConfirmData } from '../shared/confirm.dialog';
import { editUntilSaved, type EditProblem } from './register-editing';
import { CRITICALITY_LABEL } from './register-words';
import { RegistersStore } from './registers.store';
import { ServiceDialog, type ServiceDialogData } from './service.dialog';

const COLUMNS = ['name', 'criticality', 'defaultSeverity', 'owningTeam', 'openRisks', 'description'];

/** The critical-service register: how critical each service is and the severity its escalations start at. */
@Component({
  selector: 'ladder-service-register-page',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatProgressBarModule,
    MatTableModule,
    RouterLink,
    EmptyStateComponent,
    PageHeaderComponent,
    SeverityChipComponent,
  ],
  providers: [RegistersStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './service-register.page.html',
  styleUrl: './register-page.scss',
})
export class ServiceRegisterPage {
  protected readonly store = inject(RegistersStore);
  private readonly reference = inject(ReferenceStore);
  private readonly session = inject(SessionStore);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);

  protected readonly canEdit = computed(() => this.session.hasRole(['process_owner', 'admin']));
  protected readonly columns = computed(() => (this.canEdit() ? [...COLUMNS, 'actions'] : COLUMNS));
  /** Open risks per service id. */
  protected readonly openRisks = computed(() => {
    const counts = new Map<string, number>();
    for (const r of this.store.risks()) {
      if (r.status === 'open' && r.serviceId) counts.set(r.serviceId, (counts.get(r.serviceId) ?? 0) + 1);
    }
    return counts;
  });
  /** The procedure's services without an entry yet. */
  protected readonly unregistered = computed(() => {
    const registered = new Set(this.store.services().map((s) => s.name));
    return (this.reference.procedure()?.definition.services ?? []).filter((name) => !registered.has(name));
  });

  constructor() {
    void this.store.load();
    void this.reference.ensureLoaded();
  }

  /** Typed here: a mat-table row is untyped in the template. */
  protected criticalityText(s: CriticalService): string {
    return CRITICALITY_LABEL[s.criticality];
  }

  protected add(): void {
    const value: CriticalServiceInput = {
      name: this.unregistered()[0] ?? '',
      criticality: 'medium',
      defaultSeverity: 'S3',
      owningTeamId: null,
      description: '',
    };
    void this.edit(null, 'Add a critical service', value);
  }

  protected change(s: CriticalService): void {
    const { name, criticality, defaultSeverity, owningTeamId, description } = s;
    const value = { name, criticality, defaultSeverity, owningTeamId, description };
    void this.edit(s.id, `Edit ${s.name}`, value);
  }

  protected async remove(s: CriticalService): Promise<void> {
    const data: ConfirmData = {
      title: `Remove ${s.name}?`,
      message: 'New escalations for it will no longer get its default severity; risks linked to it lose the link.',
      confirmLabel: 'Remove',
    };
    const confirmed = await firstValueFrom(this.dialog.open(ConfirmDialog, { data }).afterClosed());
    if (confirmed === true) await this.store.removeService(s);
  }

  private async edit(id: string | null, heading: string, initial: CriticalServiceInput): Promise<void> {
    const open = (value: CriticalServiceInput, problem: EditProblem | null) => {
      const data: ServiceDialogData = {
        heading,
        value,
        problem,
        services: this.reference.procedure()?.definition.services ?? [],
        teams: this.reference.teams(),
      };
      const ref = this.dialog.open<ServiceDialog, ServiceDialogData, CriticalServiceInput>(ServiceDialog, { data });
      return firstValueFrom(ref.afterClosed());
    };
    const failed = await editUntilSaved(initial, open, (value) => this.store.saveService(id, value));
    if (failed) this.notifier.error(new Error(failed.message));
  }
}
