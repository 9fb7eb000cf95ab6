import { inject, Injectable, signal } from '@angular/core';
import type { ProcedureAcknowledgementReport } from '@ladder/contracts';
import { Notifier } from '@ladder/portal/core';
import { firstValueFrom } from 'rxjs';
import { AcknowledgementsApi } from './acknowledgements.api';

/** The per-team acknowledgement report of one version, and "Remind now". */
@Injectable()
export class AcknowledgementsReportStore {
  private readonly api = inject(AcknowledgementsApi);
  private readonly notifier = inject(Notifier);

  readonly report = signal<ProcedureAcknowledgementReport | null>(null);
  readonly loading = signal(false);
  readonly reminding = signal(false);

  async load(versionId: string): Promise<void> {
    this.loading.set(true);
    try {
      this.report.set(await firstValueFrom(this.api.report(versionId)));
    } catch (error) {
      this.notifier.error(error);
    } finally {
      this.loading.set(false);
    }
  }

  async remind(versionId: string): Promise<void> {
    this.reminding.set(true);
    try {
      const { reminded } = await firstValueFrom(this.api.remind(versionId));
      this.notifier.info(
        reminded === 0
          ? 'Nobody to remind: everyone has acknowledged or was reminded today'
          : `Reminded ${reminded} ${reminded === 1 ? 'person' : 'people'}`,
      );
    } catch (error) {
      this.notifier.error(error);
    } finally {
      this.reminding.set(false);
    }
  }
}
