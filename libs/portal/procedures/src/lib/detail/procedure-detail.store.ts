import { inject, Injectable, signal } from '@angular/core';
import type { ProcedureVersionDetail, ProcedureVersionSummary } from '@ladder/contracts';
import { Notifier, ReferenceStore, toApiError } from '@ladder/portal/core';
import { firstValueFrom, type Observable } from 'rxjs';
import { ProceduresApi } from '../shared/procedures.api';

/** Before the first version is published there is no current one: not an error here. */
function noneWhenNotFound(error: unknown): null {
  if (toApiError(error).code === 'not_found') return null;
  throw error;
}

export type ChangeOutcome = 'done' | 'conflict' | 'failed';

/** One version with its lifecycle and comments, the versions it can be compared with, and the changes to it. */
@Injectable()
export class ProcedureDetailStore {
  private readonly api = inject(ProceduresApi);
  private readonly notifier = inject(Notifier);
  private readonly reference = inject(ReferenceStore);
  /** Only the latest read may land: an older one finishing late would show another version. */
  private generation = 0;

  readonly version = signal<ProcedureVersionDetail | null>(null);
  /** Every other version it can be compared with, newest first. */
  readonly others = signal<ProcedureVersionSummary[]>([]);
  readonly currentId = signal<string | null>(null);
  readonly loading = signal(false);
  readonly busy = signal(false);
  /** Why the last change was refused with a conflict (409); the version shown has been read again since. */
  readonly conflict = signal<string | null>(null);

  /** `withDrafts`: also offer drafts and versions in review for comparison (for those who may see them). */
  async load(id: string, withDrafts: boolean): Promise<void> {
    const generation = ++this.generation;
    this.loading.set(true);
    this.conflict.set(null);
    try {
      const [version, current, ...lists] = await Promise.all([
        firstValueFrom(this.api.get(id)),
        firstValueFrom(this.api.current()).catch(noneWhenNotFound),
        firstValueFrom(this.api.list()),
        ...(withDrafts ? [firstValueFrom(this.api.list(['draft', 'in-review']))] : []),
      ]);
      if (generation !== this.generation) return;
      this.version.set(version);
      this.currentId.set(current?.id ?? null);
      this.others.set(
        lists
          .flat()
          .filter((v) => v.id !== id)
          .sort((a, b) => b.version - a.version),
      );
    } catch (error) {
      if (generation === this.generation) this.notifier.error(error);
    } finally {
      if (generation === this.generation) this.loading.set(false);
    }
  }

  /**
   * Sends a change of the version shown. A conflict (someone changed it meanwhile, or its status no longer allows the
   * change) reads the version again and says so; any other failure is shown in words.
   */
  async change(send: (id: string) => Observable<ProcedureVersionDetail>, done: string): Promise<ChangeOutcome> {
    const current = this.version();
    if (!current || this.busy()) return 'failed';
    this.busy.set(true);
    this.conflict.set(null);
    try {
      const changed = await firstValueFrom(send(current.id));
      this.version.set(changed);
      // Publishing or retiring changes which version new escalations follow: the forms must read it again.
      if (changed.status !== current.status && (changed.status === 'published' || changed.status === 'retired')) {
        void this.reference.refresh();
      }
      this.notifier.info(done);
      return 'done';
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.status !== 409) {
        this.notifier.error(apiError);
        return 'failed';
      }
      this.conflict.set(
        `Not done: ${apiError.message}. The version has been reloaded with its latest state: check it first.`,
      );
      await this.reload(current.id);
      return 'conflict';
    } finally {
      this.busy.set(false);
    }
  }

  private async reload(id: string): Promise<void> {
    try {
      this.version.set(await firstValueFrom(this.api.get(id)));
    } catch (error) {
      this.notifier.error(error);
    }
  }
}
