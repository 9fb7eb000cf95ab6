import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { Status } from '@ladder/contracts';
import { ACTION_LABEL, type ActionChoice, visibleActions } from './visible-actions';

const PRIMARY: readonly ActionChoice[] = ['acknowledge', 'escalate', 'resolve', 'resume'];

@Component({
  selector: 'ladder-action-bar',
  imports: [MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (action of actions(); track action) {
      @if (primary(action)) {
        <button mat-flat-button type="button" [disabled]="busy()" (click)="act.emit(action)">
          {{ label[action] }}
        </button>
      } @else {
        <button mat-stroked-button type="button" [disabled]="busy()" (click)="act.emit(action)">
          {{ label[action] }}
        </button>
      }
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
  host: { role: 'toolbar', 'aria-label': 'Actions' },
})
export class ActionBarComponent {
  readonly status = input.required<Status>();
  readonly level = input.required<number>();
  readonly topLevel = input.required<number>();
  readonly assignedToMe = input(false);
  readonly busy = input(false);
  readonly act = output<ActionChoice>();

  protected readonly actions = computed(() =>
    visibleActions(this.status(), this.level(), this.topLevel(), this.assignedToMe()),
  );
  protected readonly label = ACTION_LABEL;

  protected primary(action: ActionChoice): boolean {
    return PRIMARY.includes(action);
  }
}
