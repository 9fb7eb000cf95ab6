import { inject, Injectable, signal } from '@angular/core';
import type { CriticalService, CriticalServiceInput, Risk, RiskInput } from '@ladder/contracts';
import { Notifier } from '@ladder/portal/core';
import { firstValueFrom, type Observable } from 'rxjs';
import { saveFailure, type SaveOutcome } from './register-editing';
import { RegistersApi } from './registers.api';

/** Both registers (the risk page names services, the service page counts risks) and their edits. */
@Injectable()
export class RegistersStore {
  private readonly api = inject(RegistersApi);
  private readonly notifier = inject(Notifier);

  readonly services = signal<CriticalService[]>([]);
  readonly risks = signal<Risk[]>([]);
  readonly loading = signal(false);
  readonly loaded = signal(false);

  async load(): Promise<void> {
    this.loading.set(true);
    try {
      const [services, risks] = await Promise.all([
        firstValueFrom(this.api.services()),
        firstValueFrom(this.api.risks()),
      ]);
      this.services.set(services);
      this.risks.set(risks);
      this.loaded.set(true);
    } catch (error) {
      this.notifier.error(error);
    } finally {
      this.loading.set(false);
    }
  }

  /** A new entry when `id` is null; otherwise an edit based on the version the register last loaded. */
  saveService(id: string | null, input: CriticalServiceInput): Promise<SaveOutcome> {
    const rowVersion = this.services().find((s) => s.id === id)?.rowVersion ?? 1;
    const call = id === null ? this.api.createService(input) : this.api.updateService(id, { ...input, rowVersion });
    return this.write('critical service', call);
  }

  saveRisk(id: string | null, input: RiskInput): Promise<SaveOutcome> {
    const rowVersion = this.risks().find((r) => r.id === id)?.rowVersion ?? 1;
    const call = id === null ? this.api.createRisk(input) : this.api.updateRisk(id, { ...input, rowVersion });
    return this.write('risk', call);
  }

  removeService(service: CriticalService): Promise<boolean> {
    return this.remove(this.api.deleteService(service.id, service.rowVersion));
  }

  removeRisk(risk: Risk): Promise<boolean> {
    return this.remove(this.api.deleteRisk(risk.id, risk.rowVersion));
  }

  /** A deletion refused (e.g. changed meanwhile) is explained, and the register reloaded to show why. */
  private async remove(call: Observable<void>): Promise<boolean> {
    let removed = true;
    try {
      await firstValueFrom(call, { defaultValue: undefined });
    } catch (error) {
      removed = false;
      this.notifier.error(error);
    }
    await this.load();
    return removed;
  }

  /** Reloads after every attempt: a success shows the change, a conflict shows what someone else saved. */
  private async write(noun: string, call: Observable<unknown>): Promise<SaveOutcome> {
    let outcome: SaveOutcome;
    try {
      await firstValueFrom(call, { defaultValue: undefined });
      outcome = { saved: true };
    } catch (error) {
      outcome = saveFailure(error, noun);
    }
    await this.load();
    return outcome;
  }
}
