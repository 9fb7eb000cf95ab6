import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { SessionStore } from '@ladder/portal/core';
import { PageHeaderComponent, TextPromptDialog, type TextPromptData } from '@ladder/portal/ui';
import { firstValueFrom } from 'rxjs';
import { ConfirmDialog, type ConfirmData } from '../shared/confirm.dialog';
import { ProcedureStatusChipComponent } from '../shared/procedure-status-chip.component';
import { versionLabel } from '../shared/procedure-words';
import { ProceduresApi, type ProcedureStep } from '../shared/procedures.api';
import { lifecycleActions } from './lifecycle-actions';
import { ProcedureAcknowledgementComponent } from '../acknowledgements/procedure-acknowledgement.component';
import { ProcedureDriftFlagComponent } from '../acknowledgements/procedure-drift-flag.component';
import { ProcedureDefinitionComponent } from './procedure-definition.component';
import { ProcedureDetailStore } from './procedure-detail.store';

/** What each step says once done, and what to confirm first for the steps that cannot be undone. */
const STEPS: Record<ProcedureStep, { done: string; confirm?: ConfirmData }> = {
  submit: { done: 'Submitted for review' },
  approve: { done: 'Approved and published: new escalations follow this version' },
  discard: {
    done: 'Draft discarded',
    confirm: {
      title: 'Discard this draft?',
      message: 'A discarded draft cannot be edited or published again.',
      confirmLabel: 'Discard',
    },
  },
  retire: {
    done: 'Version retired',
    confirm: {
      title: 'Retire this version?',
      message: 'Escalations that run under it keep it; it can no longer be published again.',
      confirmLabel: 'Retire',
    },
  },
};

/** One procedure version: its whole definition, its lifecycle with the steps the user may take, and its comments. */
@Component({
  selector: 'ladder-procedure-detail-page',
  imports: [
    DatePipe,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    PageHeaderComponent,
    ProcedureAcknowledgementComponent,
    ProcedureDefinitionComponent,
    ProcedureDriftFlagComponent,
    ProcedureStatusChipComponent,
  ],
  providers: [ProcedureDetailStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './procedure-detail.page.html',
  styleUrls: ['../shared/procedure-page.scss', './procedure-detail.page.scss'],
})
export class ProcedureDetailPage {
  protected readonly store = inject(ProcedureDetailStore);
  private readonly api = inject(ProceduresApi);
  private readonly session = inject(SessionStore);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);

  /** The version's id, from the route. */
  readonly id = input.required<string>();

  protected readonly versionLabel = versionLabel;
  protected readonly canReview = computed(() => this.session.hasRole(['process_owner', 'manager', 'admin']));
  protected readonly actions = computed(() => {
    const version = this.store.version();
    return version ? lifecycleActions(version, this.session.me(), version.id === this.store.currentId()) : null;
  });
  protected readonly compareWith = new FormControl<string | null>(null);
  protected readonly comment = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.pattern(/\S/), Validators.maxLength(10000)],
  });
  /** The form directives turn a submit into ngSubmit instead of a page load. */
  protected readonly compareForm = new FormGroup({ otherId: this.compareWith });
  protected readonly commentForm = new FormGroup({ body: this.comment });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.store.load(id, this.canReview()));
    });
  }

  protected async step(step: ProcedureStep): Promise<void> {
    const { done, confirm } = STEPS[step];
    if (confirm && !(await this.confirmed(confirm))) return;
    await this.store.change((id) => this.api.step(id, step), done);
  }

  protected async requestChanges(): Promise<void> {
    const data: TextPromptData = {
      title: 'Request changes',
      explanation: 'The version goes back to draft; your reasons are added to its comments for the author.',
      label: 'What should change',
      submitLabel: 'Request changes',
    };
    const ref = this.dialog.open<TextPromptDialog, TextPromptData, string>(TextPromptDialog, { data });
    const reason = await firstValueFrom(ref.afterClosed());
    if (reason)
      await this.store.change((id) => this.api.requestChanges(id, reason), 'Sent back to draft with your reasons');
  }

  protected async postComment(): Promise<void> {
    this.comment.markAsTouched();
    if (this.comment.invalid) return;
    const body = this.comment.value.trim();
    const outcome = await this.store.change((id) => this.api.comment(id, body), 'Comment added');
    if (outcome === 'done') this.comment.reset();
  }

  protected async compare(): Promise<void> {
    const otherId = this.compareWith.value;
    if (otherId) await this.router.navigate(['/procedure', this.id(), 'diff', otherId]);
  }

  protected openReplay(): Promise<boolean> {
    return this.router.navigate(['/procedure', this.id(), 'replay']);
  }

  private async confirmed(data: ConfirmData): Promise<boolean> {
    const ref = this.dialog.open<ConfirmDialog, ConfirmData, boolean>(ConfirmDialog, { data });
    return (await firstValueFrom(ref.afterClosed())) === true;
  }
}
