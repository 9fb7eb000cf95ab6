import { inject, Injectable, signal } from '@angular/core';
import type { RegisterContext } from '@ladder/contracts';
import { Notifier } from '@ladder/portal/core';
import { firstValueFrom } from 'rxjs';
import { EscalationsApi } from '../shared/escalations.api';

/** What the registers say about the category and service being chosen; only the latest choice's answer counts. */
@Injectable()
export class RegisterContextStore {
  private readonly api = inject(EscalationsApi);
  private readonly notifier = inject(Notifier);
  private latest = 0;

  readonly context = signal<RegisterContext | null>(null);

  async load(category: string, affectedService: string): Promise<void> {
    const request = ++this.latest;
    this.context.set(null);
    if (!category || !affectedService) return;
    try {
      const context = await firstValueFrom(this.api.registerContext(category, affectedService));
      if (request === this.latest) this.context.set(context);
    } catch (error) {
      if (request === this.latest) this.notifier.error(error);
    }
  }
}
