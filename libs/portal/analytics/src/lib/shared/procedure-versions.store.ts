import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { ProcedureVersionSummary } from '@ladder/contracts';
import { Notifier } from '@ladder/portal/core';
import { catchError, of } from 'rxjs';
import type { FilterOption } from '../filters/filter-select.component';

/** The procedure versions, newest first, as filter choices ("v2 · Faster L2 hand-offs"). */
@Injectable({ providedIn: 'root' })
export class ProcedureVersionsStore {
  private readonly notifier = inject(Notifier);
  private readonly versions = toSignal(
    inject(HttpClient)
      .get<ProcedureVersionSummary[]>('/api/procedures')
      .pipe(
        catchError((error: unknown) => {
          this.notifier.error(error);
          return of<ProcedureVersionSummary[]>([]);
        }),
      ),
    { initialValue: [] },
  );

  readonly options = computed<FilterOption[]>(() =>
    this.versions().map((v) => ({ value: v.id, label: `v${v.version} · ${v.name}` })),
  );
}
