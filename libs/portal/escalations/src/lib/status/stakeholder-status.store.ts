import { computed, inject, Injectable, signal } from '@angular/core';
import type { StakeholderStatus } from '@ladder/contracts';
import { toApiError } from '@ladder/portal/core';
import { firstValueFrom } from 'rxjs';
import { StakeholderStatusApi } from './stakeholder-status.api';

export type StatusView =
  | { kind: 'loading' }
  | { kind: 'shown'; status: StakeholderStatus }
  | { kind: 'unknown-link' }
  | { kind: 'failed'; message: string };

/**
 * What the status page shows. Failures are shown on the page itself rather than in a snack bar:
 * a stakeholder has no other page to fall back on.
 */
@Injectable()
export class StakeholderStatusStore {
  private readonly api = inject(StakeholderStatusApi);
  private readonly state = signal<StatusView>({ kind: 'loading' });

  readonly view = this.state.asReadonly();
  readonly status = computed(() => {
    const view = this.state();
    return view.kind === 'shown' ? view.status : null;
  });

  async load(token: string): Promise<void> {
    this.state.set({ kind: 'loading' });
    try {
      this.state.set({ kind: 'shown', status: await firstValueFrom(this.api.get(token)) });
    } catch (error) {
      const apiError = toApiError(error);
      this.state.set(
        apiError.code === 'not_found' ? { kind: 'unknown-link' } : { kind: 'failed', message: apiError.message },
      );
    }
  }
}
