import { ChangeDetectionStrategy, Component, input } from '@angular/core';

@Component({
  selector: 'ladder-empty-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="title">{{ heading() }}</p>
    <ng-content />
  `,
  styles: `
    :host {
      display: block;
      padding: 32px 16px;
      text-align: center;
      color: var(--mat-sys-on-surface-variant);
      border: 1px dashed var(--mat-sys-outline-variant);
      border-radius: 12px;
    }
    .title {
      font: var(--mat-sys-title-medium);
      margin: 0 0 4px;
      color: var(--mat-sys-on-surface);
    }
  `,
  host: { role: 'status' },
})
export class EmptyStateComponent {
  readonly heading = input.required<string>();
}
