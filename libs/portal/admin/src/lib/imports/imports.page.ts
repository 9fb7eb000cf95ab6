import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { IMPORT_ERRORS_LISTED } from '@ladder/contracts';
import { EmptyStateComponent, PageHeaderComponent } from '@ladder/portal/ui';
import { formatOf, IMPORT_FILE_TYPES, progressOf } from './import-file';
import { ImportsStore } from './imports.store';

/** Past escalations from another system: pick a file, see its bad rows or its progress, and the runs so far. */
@Component({
  selector: 'ladder-imports-page',
  imports: [
    DatePipe,
    DecimalPipe,
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatTableModule,
    EmptyStateComponent,
    PageHeaderComponent,
  ],
  providers: [ImportsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './imports.page.html',
  styleUrl: './imports.page.scss',
})
export class ImportsPage {
  protected readonly store = inject(ImportsStore);
  protected readonly fileTypes = IMPORT_FILE_TYPES;
  protected readonly listed = IMPORT_ERRORS_LISTED;
  protected readonly progressOf = progressOf;
  protected readonly system = new FormControl('', { nonNullable: true });
  protected readonly systemName = toSignal(this.system.valueChanges, { initialValue: '' });
  protected readonly file = signal<File | null>(null);
  protected readonly errorColumns = ['line', 'sourceId', 'reason'];
  protected readonly runColumns = [
    'createdAt',
    'fileName',
    'system',
    'status',
    'total',
    'written',
    'skipped',
    'errors',
  ];

  constructor() {
    void this.store.loadRuns();
  }

  protected pick(files: FileList | null): void {
    const file = files?.item(0) ?? null;
    this.file.set(file && formatOf(file.name) ? file : null);
  }

  protected start(event: Event): void {
    event.preventDefault();
    const file = this.file();
    const system = this.systemName().trim();
    if (file && system) void this.store.upload(file, system);
  }
}
