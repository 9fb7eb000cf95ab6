import { computed, inject, Injectable, signal } from '@angular/core';
import type { CreateProcedureDraft, ProcedureVersionSummary } from '@ladder/contracts';
import { Notifier } from '@ladder/portal/core';
import { firstValueFrom } from 'rxjs';
import { ProceduresApi } from '../shared/procedures.api';
import { versionLists } from './version-rows';

/** Every version the page lists, with where it stands in its lifecycle. */
@Injectable()
export class ProcedureVersionsStore {
  private readonly api = inject(ProceduresApi);
  private readonly notifier = inject(Notifier);
  private readonly versions = signal<ProcedureVersionSummary[]>([]);

  readonly loading = signal(false);
  readonly failed = signal(false);
  readonly creating = signal(false);
  readonly lists = computed(() => versionLists(this.versions(), new Date()));
  /** What a new draft may be copied from: every version, newest first. */
  readonly sources = computed(() => [...this.versions()].sort((a, b) => b.version - a.version));

  /** `withDrafts`: also drafts and versions in review (for those who author or review them). */
  async load(withDrafts: boolean): Promise<void> {
    this.loading.set(true);
    try {
      const lists = await Promise.all([
        firstValueFrom(this.api.list()),
        ...(withDrafts ? [firstValueFrom(this.api.list(['draft', 'in-review']))] : []),
      ]);
      this.versions.set(lists.flat());
      this.failed.set(false);
    } catch (error) {
      this.failed.set(true);
      this.notifier.error(error);
    } finally {
      this.loading.set(false);
    }
  }

  /** The new draft's id, or null when it could not be created (the user has been told why). */
  async createDraft(body: CreateProcedureDraft): Promise<string | null> {
    this.creating.set(true);
    try {
      const draft = await firstValueFrom(this.api.createDraft(body));
      return draft.id;
    } catch (error) {
      this.notifier.error(error);
      return null;
    } finally {
      this.creating.set(false);
    }
  }
}
