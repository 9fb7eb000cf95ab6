import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ReferenceStore } from '@ladder/portal/core';
import { ReportContext } from '../shared/report-context';
import { filterChoices } from './filter-options';
import type { FilterOption } from './filter-select.component';
import { FilterSelectComponent } from './filter-select.component';
import {
  COMPARISONS,
  LIST_FILTERS,
  PRESETS,
  presetOf,
  presetRange,
  validDate,
  type ListFilter,
  type Preset,
} from './report-filters';

/** The filters every report shares, written to the URL as they change. */
@Component({
  selector: 'ladder-filter-bar',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, FilterSelectComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './filter-bar.component.html',
  styleUrl: './filter-bar.component.scss',
})
export class FilterBarComponent {
  private readonly context = inject(ReportContext);
  private readonly reference = inject(ReferenceStore);
  /** Procedure versions to filter by (the bar's host knows them). */
  readonly versions = input<readonly FilterOption[]>([]);

  protected readonly presets = PRESETS;
  protected readonly comparisons = COMPARISONS;
  protected readonly filters = this.context.filters;
  protected readonly comparison = computed(() => this.context.comparison() ?? 'none');
  protected readonly preset = computed(() => presetOf(this.filters(), new Date()) ?? 'custom');
  protected readonly choices = computed(() =>
    filterChoices(this.reference.procedure(), this.reference.teams(), this.versions()),
  );
  protected readonly anyFilter = computed(
    () => LIST_FILTERS.some((key) => this.filters()[key].length > 0) || this.context.comparison() !== null,
  );

  constructor() {
    void this.reference.ensureLoaded();
  }

  protected choosePreset(preset: Preset | 'custom'): void {
    if (preset !== 'custom') this.context.update({ ...presetRange(preset, new Date()) });
  }

  /** A typed date moves its end; an inverted range moves the other end with it. */
  protected setDate(end: 'from' | 'to', value: string): void {
    if (!validDate(value)) return;
    const { from, to } = this.filters();
    const range =
      end === 'from' ? { from: value, to: value > to ? value : to } : { from: value < from ? value : from, to: value };
    this.context.update(range);
  }

  protected setList(key: ListFilter, values: string[]): void {
    this.context.update({ [key]: values.length > 0 ? values.join(',') : null });
  }

  protected setComparison(value: string): void {
    this.context.update({ compare: value === 'none' ? null : value });
  }

  protected clear(): void {
    this.context.update({ ...Object.fromEntries(LIST_FILTERS.map((key) => [key, null])), compare: null });
  }
}
