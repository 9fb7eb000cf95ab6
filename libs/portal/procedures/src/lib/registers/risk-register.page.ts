import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSortModule, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import type { Risk, RiskInput } from '@ladder/contracts';
import { Notifier, ReferenceStore, SessionStore } from '@ladder/portal/core';
import { EmptyStateComponent, PageHeaderComponent } from '@ladder/portal/ui';
import { firstValueFrom } from 'rxjs';
import { ConfirmDialog, type ConfirmData } from '../shared/confirm.dialog';
import { editUntilSaved, type EditProblem } from './register-editing';
import { RISK_STATUS_LABEL, scoreBand } from './register-words';
import { RiskDialog, type RiskDialogData } from './risk.dialog';
import { RiskHeatGridComponent } from './risk-heat-grid.component';
import { sortRisks, type RiskSort, type RiskSortKey } from './risk-rows';
import { RegistersStore } from './registers.store';

const COLUMNS = ['score', 'title', 'service', 'scenario', 'owner', 'status', 'reviewedAt'];
const DEFAULT_SORT: RiskSort = { active: 'score', direction: 'desc' };
const SORTABLE: readonly string[] = ['score', 'title', 'status', 'reviewedAt'] satisfies RiskSortKey[];

/** The risk register: known risks scored likelihood x impact, on a heat grid and in a table, highest score first. */
@Component({
  selector: 'ladder-risk-register-page',
  imports: [
    DatePipe,
    MatButtonModule,
    MatCardModule,
    MatProgressBarModule,
    MatSortModule,
    MatTableModule,
    RouterLink,
    EmptyStateComponent,
    PageHeaderComponent,
    RiskHeatGridComponent,
  ],
  providers: [RegistersStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './risk-register.page.html',
  styleUrl: './register-page.scss',
})
export class RiskRegisterPage {
  protected readonly store = inject(RegistersStore);
  private readonly reference = inject(ReferenceStore);
  private readonly session = inject(SessionStore);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);

  protected readonly canEdit = computed(() => this.session.hasRole(['process_owner', 'admin']));
  protected readonly columns = computed(() => (this.canEdit() ? [...COLUMNS, 'actions'] : COLUMNS));
  protected readonly sort = signal<RiskSort>(DEFAULT_SORT);
  protected readonly rows = computed(() => sortRisks(this.store.risks(), this.sort()));
  protected readonly band = scoreBand;

  constructor() {
    void this.store.load();
    void this.reference.ensureLoaded();
  }

  /** Typed here: a mat-table row is untyped in the template. */
  protected statusText(r: Risk): string {
    return RISK_STATUS_LABEL[r.status];
  }

  protected sortBy(sort: Sort): void {
    const known = SORTABLE.includes(sort.active) && sort.direction !== '';
    this.sort.set(
      known ? { active: sort.active as RiskSortKey, direction: sort.direction as 'asc' | 'desc' } : DEFAULT_SORT,
    );
  }

  protected add(): void {
    const value: RiskInput = {
      title: '',
      description: '',
      likelihood: 3,
      impact: 3,
      serviceId: null,
      scenarioId: null,
      mitigation: '',
      owner: this.session.me()?.name ?? '',
      status: 'open',
      reviewedAt: null,
    };
    void this.edit(null, 'Add a risk', value);
  }

  protected change(r: Risk): void {
    const { title, description, likelihood, impact, serviceId, scenarioId, mitigation, owner, status, reviewedAt } = r;
    const value = {
      title,
      description,
      likelihood,
      impact,
      serviceId,
      scenarioId,
      mitigation,
      owner,
      status,
      reviewedAt,
    };
    void this.edit(r.id, `Edit risk: ${r.title}`, value);
  }

  protected async remove(r: Risk): Promise<void> {
    const data: ConfirmData = {
      title: `Remove “${r.title}”?`,
      message: 'The risk leaves the register.',
      confirmLabel: 'Remove',
    };
    const confirmed = await firstValueFrom(this.dialog.open(ConfirmDialog, { data }).afterClosed());
    if (confirmed === true) await this.store.removeRisk(r);
  }

  private async edit(id: string | null, heading: string, initial: RiskInput): Promise<void> {
    const open = (value: RiskInput, problem: EditProblem | null) => {
      const data: RiskDialogData = {
        heading,
        value,
        problem,
        services: this.store.services(),
        scenarios: this.reference.procedure()?.definition.scenarios ?? [],
      };
      return firstValueFrom(
        this.dialog.open<RiskDialog, RiskDialogData, RiskInput>(RiskDialog, { data }).afterClosed(),
      );
    };
    const failed = await editUntilSaved(initial, open, (value) => this.store.saveRisk(id, value));
    if (failed) this.notifier.error(new Error(failed.message));
  }
}
