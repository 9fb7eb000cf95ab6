import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import type { FilterOption } from '../filters/filter-select.component';

let nextId = 0;

/** One of a report's own settings (what the bars measure, the bucket ...) as labelled toggle buttons. */
@Component({
  selector: 'ladder-report-setting',
  imports: [MatButtonToggleModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span [id]="labelId">{{ label() }}</span>
    <mat-button-toggle-group
      hideSingleSelectionIndicator
      [attr.aria-labelledby]="labelId"
      [value]="value()"
      (change)="choose.emit($event.value)"
    >
      @for (option of options(); track option.value) {
        <mat-button-toggle [value]="option.value">{{ option.label }}</mat-button-toggle>
      }
    </mat-button-toggle-group>
  `,
  styles: `
    :host {
      display: flex;
      align-items: center;
      gap: 8px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ReportSettingComponent {
  readonly label = input.required<string>();
  readonly options = input.required<readonly FilterOption[]>();
  readonly value = input.required<string>();
  readonly choose = output<string>();

  protected readonly labelId = `ladder-report-setting-${nextId++}`;
}
