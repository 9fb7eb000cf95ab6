import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import type { CreateProcedureDraft } from '@ladder/contracts';
import { SessionStore } from '@ladder/portal/core';
import { EmptyStateComponent, PageHeaderComponent } from '@ladder/portal/ui';
import { firstValueFrom } from 'rxjs';
import { ProcedureStatusChipComponent } from '../shared/procedure-status-chip.component';
import { NewDraftDialog, type NewDraftData } from './new-draft.dialog';
import { ProcedureVersionsStore } from './procedure-versions.store';
import { ReviewDueComponent } from './review-due.component';

/** The procedure's versions: the current one, drafts and reviews under way, and the history of published ones. */
@Component({
  selector: 'ladder-procedure-versions-page',
  imports: [
    DatePipe,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatProgressBarModule,
    EmptyStateComponent,
    PageHeaderComponent,
    ProcedureStatusChipComponent,
    ReviewDueComponent,
  ],
  providers: [ProcedureVersionsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './procedure-versions.page.html',
  styleUrl: '../shared/procedure-page.scss',
})
export class ProcedureVersionsPage {
  protected readonly store = inject(ProcedureVersionsStore);
  private readonly session = inject(SessionStore);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);

  protected readonly canAuthor = computed(() => this.session.hasRole(['process_owner', 'admin']));
  protected readonly canReview = computed(() => this.session.hasRole(['process_owner', 'manager', 'admin']));

  constructor() {
    void this.store.load(this.canReview());
  }

  protected async newDraft(): Promise<void> {
    const data: NewDraftData = { sources: this.store.sources(), currentId: this.store.lists().current?.id ?? null };
    const ref = this.dialog.open<NewDraftDialog, NewDraftData, CreateProcedureDraft>(NewDraftDialog, { data });
    const body = await firstValueFrom(ref.afterClosed());
    if (!body) return;
    const id = await this.store.createDraft(body);
    if (id) await this.router.navigate(['/procedure', id, 'edit']);
  }
}
