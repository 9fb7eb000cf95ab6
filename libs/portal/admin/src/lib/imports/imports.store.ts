import { HttpEventType } from '@angular/common/http';
import { DestroyRef, inject, Injectable, signal, computed } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { ImportRun, ImportRunSummary } from '@ladder/contracts';
import { Notifier, toApiError } from '@ladder/portal/core';
import { filter, firstValueFrom, lastValueFrom, map, switchMap, takeWhile, tap, timer } from 'rxjs';
import { formatOf, rejectedRunOf } from './import-file';
import { ImportsApi } from './imports.api';

/** How often a run being written is read again. */
export const IMPORT_POLL_MS = 1000;

/** The past runs, and the upload made on this page: sent, checked, then followed until written. */
@Injectable()
export class ImportsStore {
  private readonly api = inject(ImportsApi);
  private readonly notifier = inject(Notifier);
  private readonly destroyRef = inject(DestroyRef);

  readonly runs = signal<ImportRunSummary[]>([]);
  readonly loading = signal(false);
  /** The upload of this page as the server last told it: rejected with its report, writing, done or failed. */
  readonly current = signal<ImportRun | null>(null);
  /** Percent of the file sent while it uploads (the server checks it before answering); null otherwise. */
  readonly sent = signal<number | null>(null);
  readonly busy = computed(() => this.sent() !== null || this.current()?.status === 'writing');

  async loadRuns(): Promise<void> {
    this.loading.set(true);
    try {
      this.runs.set((await firstValueFrom(this.api.runs())).items);
    } catch (error) {
      this.notifier.error(error);
    } finally {
      this.loading.set(false);
    }
  }

  async upload(file: File, system: string): Promise<void> {
    const format = formatOf(file.name);
    if (!format || this.busy()) return;
    this.current.set(null);
    this.sent.set(0);
    try {
      const run = await lastValueFrom(
        this.api.upload(file, format, system).pipe(
          tap((event) => {
            if (event.type === HttpEventType.UploadProgress && event.total) {
              this.sent.set(Math.floor((100 * event.loaded) / event.total));
            }
          }),
          filter((event) => event.type === HttpEventType.Response),
          map((response) => response.body as ImportRun),
        ),
      );
      this.current.set(run);
      this.sent.set(null);
      await this.follow(run.id);
    } catch (error) {
      const rejected = rejectedRunOf(toApiError(error).details);
      if (rejected) this.current.set(rejected);
      else this.notifier.error(error);
    } finally {
      this.sent.set(null);
    }
    await this.loadRuns();
  }

  /** Reads the run again until it is no longer being written, or the page is left. */
  private async follow(id: string): Promise<void> {
    await lastValueFrom(
      timer(IMPORT_POLL_MS, IMPORT_POLL_MS).pipe(
        switchMap(() => this.api.run(id)),
        tap((run) => this.current.set(run)),
        takeWhile((run) => run.status === 'writing'),
        takeUntilDestroyed(this.destroyRef),
      ),
      { defaultValue: null },
    );
  }
}
