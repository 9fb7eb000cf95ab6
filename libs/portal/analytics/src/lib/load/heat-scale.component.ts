import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { heatGradient } from './arrivals-heatmap.mapper';

/** The heatmap's colour key: which shade stands for how many escalations, in words as well as colour. */
@Component({
  selector: 'ladder-heat-scale',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="key" aria-hidden="true">
      <span class="swatch"></span>
      <span>0</span>
      <span class="gap"></span>
      <span>1</span>
      <span class="bar" [style.background]="gradient()"></span>
      <span>{{ max() }}</span>
    </div>
    <p>
      Each cell is one hour of the week in {{ timeZone() }}. The darker the blue, the more escalations were opened in
      that hour: from the lightest shade for 1 to the darkest for {{ max() }}; white means none. Click a cell for its
      escalations.
    </p>
  `,
  styles: `
    :host {
      display: block;
      margin-top: 8px;
      color: var(--mat-sys-on-surface-variant);
    }
    .key {
      display: flex;
      align-items: center;
      gap: 6px;
      font-variant-numeric: tabular-nums;
    }
    .swatch {
      width: 14px;
      height: 14px;
      background: #ffffff;
      border: 1px solid #dadce0;
    }
    .gap {
      width: 12px;
    }
    .bar {
      width: 160px;
      height: 14px;
      border: 1px solid #dadce0;
    }
    p {
      margin: 6px 0 0;
      font: var(--mat-sys-body-small);
    }
  `,
})
export class HeatScaleComponent {
  /** The count the darkest shade stands for. */
  readonly max = input.required<number>();
  readonly timeZone = input.required<string>();
  protected readonly gradient = computed(() => heatGradient(this.max()));
}
