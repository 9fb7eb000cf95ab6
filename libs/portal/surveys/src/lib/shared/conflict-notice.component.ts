import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** Says that someone saved a newer version meanwhile; the parent projects the ways out (load theirs, keep mine). */
@Component({
  selector: 'ladder-conflict-notice',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="message">{{ message() }}</p>
    <div class="actions"><ng-content /></div>
  `,
  styles: `
    :host {
      display: block;
      padding: 12px 16px;
      margin-bottom: 16px;
      border-radius: 12px;
      border: 1px solid var(--mat-sys-error);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .message {
      margin: 0 0 8px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
  host: { role: 'alert' },
})
export class ConflictNoticeComponent {
  readonly message = input.required<string>();
}
