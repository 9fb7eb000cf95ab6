import { HttpClient } from '@angular/common/http';
import { inject, Injectable, signal } from '@angular/core';
import type { PendingAcknowledgement } from '@ladder/contracts';
import { firstValueFrom } from 'rxjs';

/** HTTP only: the published procedure versions the signed-in user has not acknowledged yet. */
@Injectable({ providedIn: 'root' })
export class PendingAcknowledgementsApi {
  private readonly http = inject(HttpClient);

  list(): Promise<PendingAcknowledgement[]> {
    return firstValueFrom(this.http.get<PendingAcknowledgement[]>('/api/me/pending-acknowledgements'));
  }
}

/** What the shell's banner asks the user to acknowledge, newest first. */
@Injectable({ providedIn: 'root' })
export class PendingAcknowledgementsStore {
  private readonly api = inject(PendingAcknowledgementsApi);

  readonly pending = signal<PendingAcknowledgement[]>([]);

  /** Quietly empty when it fails: the banner is a reminder, not a page. */
  async load(): Promise<void> {
    try {
      this.pending.set(await this.api.list());
    } catch {
      this.pending.set([]);
    }
  }

  clear(): void {
    this.pending.set([]);
  }
}
