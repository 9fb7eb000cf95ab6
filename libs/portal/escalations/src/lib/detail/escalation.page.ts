import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatCardModule } from '@angular/material/card';
import { type ComponentType } from '@angular/cdk/portal';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { Action } from '@ladder/contracts';
import { NotificationsStore, ReferenceStore, SessionStore } from '@ladder/portal/core';
import {
  PageHeaderComponent,
  EmptyStateComponent,
  escalationNumber,
  SecondClock,
  SeverityChipComponent,
  SlaStateChipComponent,
  StatusChipComponent,
  TextPromptDialog,
  type TextPromptData,
} from '@ladder/portal/ui';
import { MarkdownComponent } from '@ladder/portal/ui/markdown';
import { firstValueFrom, interval } from 'rxjs';
import { ActionBarComponent } from './action-bar.component';
import { AlertPanelComponent } from './alert-panel.component';
import { AlertSuggestionsComponent } from './alert-suggestions.component';
import { type AssignChoice, AssignDialog, type AssignData } from './assign.dialog';
import { EscalationStore } from './escalation.store';
import { type LevelChange, LevelChangeDialog, type LevelChangeData } from './level-change.dialog';
import { ContactListComponent } from './contact-list.component';
import { GuidancePanelComponent } from './guidance-panel.component';
import { clockViews } from './sla-clock-view';
import { SimilarEscalationsComponent } from './similar-escalations.component';
import { SlaClocksComponent } from './sla-clocks.component';
import { StakeholderUpdateComposerComponent } from './stakeholder-update-composer.component';
import { TEXT_ACTIONS } from './text-actions';
import { TimelineComponent } from './timeline.component';
import { type ActionChoice, visibleActions } from './visible-actions';
import { allowedActions } from '@ladder/domain';

/** Fallback for a change the notification stream did not announce (or while it is down). */
export const POLL_MS = 30_000;

interface ActionRequest {
  action: Action;
  body: Record<string, unknown>;
  /** The body holds what the user typed, worth offering again after a stale version. */
  typed: boolean;
}

@Component({
  selector: 'ladder-escalation-page',
  imports: [
    DatePipe,
    MatCardModule,
    MatProgressBarModule,
    ActionBarComponent,
    AlertPanelComponent,
    AlertSuggestionsComponent,
    ContactListComponent,
    EmptyStateComponent,
    GuidancePanelComponent,
    MarkdownComponent,
    PageHeaderComponent,
    SeverityChipComponent,
    SimilarEscalationsComponent,
    SlaClocksComponent,
    SlaStateChipComponent,
    StakeholderUpdateComposerComponent,
    StatusChipComponent,
    TimelineComponent,
  ],
  providers: [EscalationStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './escalation.page.html',
  styleUrl: './escalation.page.scss',
})
export class EscalationPage {
  /** Route parameter, bound by the router. */
  readonly id = input.required<string>();
  protected readonly store = inject(EscalationStore);
  protected readonly reference = inject(ReferenceStore);
  private readonly session = inject(SessionStore);
  private readonly notifications = inject(NotificationsStore);
  private readonly secondClock = inject(SecondClock);
  private readonly dialog = inject(MatDialog);

  protected readonly clocks = computed(() => {
    const sla = this.store.sla();
    return sla ? clockViews(sla, this.secondClock.now()) : [];
  });
  protected readonly cadence = computed(() => this.clocks().find((c) => c.kind === 'updateCadence') ?? null);
  protected readonly canUpdateStakeholders = computed(() => {
    const e = this.store.escalation();
    return e !== null && allowedActions(e.status).includes('stakeholder-update');
  });
  /** Set when the escalation runs under another version than the current procedure the runbook comes from. */
  protected readonly procedureMismatch = computed(() => {
    const e = this.store.escalation();
    const current = this.reference.procedure();
    return e && current && e.procedureVersionId !== current.id
      ? { escalation: e.procedureVersion, current: current.version }
      : null;
  });

  protected readonly level = computed(() => {
    const e = this.store.escalation();
    return e ? this.reference.level(e.level) : undefined;
  });
  protected readonly nextLevel = computed(() => {
    const e = this.store.escalation();
    return e ? this.reference.level(e.level + 1) : undefined;
  });
  protected readonly topLevel = computed(() =>
    Math.max(0, ...(this.reference.procedure()?.definition.levels ?? []).map((l) => l.level)),
  );
  protected readonly assignedToMe = computed(() => {
    const me = this.session.me();
    return me !== null && this.store.escalation()?.assigneeId === me.id;
  });
  protected readonly escalationNumber = escalationNumber;

  constructor() {
    void this.reference.ensureLoaded();
    effect(() => {
      const id = this.id();
      untracked(() => void this.store.load(id));
    });
    // The scheduler or someone else changed it: the server tells us over the notification stream.
    effect(() => {
      const arrival = this.notifications.lastArrival();
      if (arrival !== null && arrival.escalationId === this.id()) untracked(() => void this.store.refresh());
    });
    interval(POLL_MS)
      .pipe(takeUntilDestroyed())
      .subscribe(() => void this.store.refresh());
  }

  protected act(choice: ActionChoice): void {
    void this.run(choice);
  }

  /** Monitoring reported the alert resolved: the resolve dialog, its summary written out for the agent to edit. */
  protected resolveAsProposed(summary: string): void {
    void this.run('resolve', { summary });
  }

  private async run(choice: ActionChoice, initial?: Record<string, unknown>): Promise<void> {
    const request = await this.collect(choice, initial);
    if (!request) return;
    const outcome = await this.store.act(request.action, request.body);
    if (outcome === 'stale' && request.typed && this.stillAllowed(choice)) await this.run(choice, request.body);
  }

  private stillAllowed(choice: ActionChoice): boolean {
    const e = this.store.escalation();
    return e !== null && visibleActions(e.status, e.level, this.topLevel(), this.assignedToMe()).includes(choice);
  }

  private async collect(choice: ActionChoice, initial: Record<string, unknown> = {}): Promise<ActionRequest | null> {
    const e = this.store.escalation();
    const me = this.session.me();
    if (!e || !me) return null;
    switch (choice) {
      case 'assign-me':
        return { action: 'assign', body: { assigneeId: me.id }, typed: false };
      case 'assign': {
        const data: AssignData = { users: this.reference.users(), assigneeId: e.assigneeId };
        const chosen = await this.ask<AssignDialog, AssignData, AssignChoice>(AssignDialog, data);
        return chosen ? { action: 'assign', body: { ...chosen }, typed: false } : null;
      }
      case 'acknowledge':
      case 'resume':
      case 'close':
        return { action: choice, body: {}, typed: false };
      case 'escalate':
      case 'de-escalate': {
        const data: LevelChangeData = {
          direction: choice === 'escalate' ? 'up' : 'down',
          currentLevel: e.level,
          levels: this.reference.procedure()?.definition.levels ?? [],
          teams: this.reference.teams(),
          initial: initial as Partial<LevelChange>,
        };
        const change = await this.ask<LevelChangeDialog, LevelChangeData, LevelChange>(LevelChangeDialog, data);
        return change ? { action: choice, body: { ...change }, typed: true } : null;
      }
      case 'comment':
      case 'wait':
      case 'resolve':
      case 'reopen': {
        const { field, ...copy } = TEXT_ACTIONS[choice];
        const previous = initial[field];
        const data: TextPromptData = { ...copy, initial: typeof previous === 'string' ? previous : undefined };
        const text = await this.ask<TextPromptDialog, TextPromptData, string>(TextPromptDialog, data);
        return text ? { action: choice, body: { [field]: text }, typed: true } : null;
      }
    }
  }

  private ask<C, D, R>(component: ComponentType<C>, data: D): Promise<R | undefined> {
    return firstValueFrom(this.dialog.open<C, D, R>(component, { data, autoFocus: 'first-tabbable' }).afterClosed());
  }
}
