import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { MyProcedureAcknowledgement } from '@ladder/contracts';
import { Notifier, SessionStore } from '@ladder/portal/core';
import { firstValueFrom } from 'rxjs';
import { AcknowledgementsApi } from './acknowledgements.api';

/**
 * On a procedure version's page: "Read and understood" for staff who must acknowledge it and have not, or when they
 * did; for managers, process owners and admins a link to who has acknowledged it, per team.
 */
@Component({
  selector: 'ladder-procedure-acknowledgement',
  imports: [DatePipe, MatButtonModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (mine(); as ack) {
      @if (ack.acknowledgedAt) {
        <p class="done">You acknowledged v{{ ack.version }} on {{ ack.acknowledgedAt | date: 'd MMM y, HH:mm' }}.</p>
      } @else if (ack.required) {
        <p>Read this version, then confirm you have understood it.</p>
        <button mat-flat-button type="button" [disabled]="busy()" (click)="acknowledge()">Read and understood</button>
      }
    }
    @if (overseer()) {
      <a mat-button [routerLink]="['/procedure', versionId(), 'acknowledgements']">Acknowledgements per team</a>
    }
  `,
  styles: `
    :host {
      display: flex;
      align-items: center;
      gap: 12px;
      flex-wrap: wrap;
    }
    p {
      margin: 0;
    }
  `,
  host: { role: 'region', 'aria-label': 'Acknowledgement' },
})
export class ProcedureAcknowledgementComponent {
  private readonly api = inject(AcknowledgementsApi);
  private readonly notifier = inject(Notifier);
  private readonly session = inject(SessionStore);

  readonly versionId = input.required<string>();

  protected readonly mine = signal<MyProcedureAcknowledgement | null>(null);
  protected readonly busy = signal(false);
  protected readonly overseer = computed(() => this.session.hasRole(['manager', 'process_owner', 'admin']));

  constructor() {
    effect(() => {
      const id = this.versionId();
      untracked(() => void this.load(id));
    });
  }

  protected async acknowledge(): Promise<void> {
    this.busy.set(true);
    try {
      const acknowledged = await firstValueFrom(this.api.acknowledge(this.versionId()));
      this.mine.set(acknowledged);
      this.notifier.info(`Thank you: procedure v${acknowledged.version} acknowledged`);
    } catch (error) {
      this.notifier.error(error);
    } finally {
      this.busy.set(false);
    }
  }

  private async load(id: string): Promise<void> {
    this.mine.set(null);
    try {
      this.mine.set(await firstValueFrom(this.api.mine(id)));
    } catch (error) {
      this.notifier.error(error);
    }
  }
}
