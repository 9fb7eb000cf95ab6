import { inject, Injectable, signal } from '@angular/core';
import type { CreateIntegration, Integration, IntegrationWithSecret, UpdateIntegration } from '@ladder/contracts';
import { type FieldErrors, Notifier, toApiError } from '@ladder/portal/core';
import { firstValueFrom, type Observable } from 'rxjs';
import { IntegrationsApi } from './integrations.api';

/** Why a save did not go through: a message in words, and the API's errors by contract path, if any. */
export interface SaveProblem {
  message: string;
  fieldErrors: FieldErrors;
  /** Someone else changed the integration first; the list now holds their version. */
  conflict: boolean;
}

export type SaveOutcome<T> = { saved: true; integration: T } | { saved: false; problem: SaveProblem };

/** What an edit changes; the version comes from the list, so a save after a reload applies to what was reloaded. */
export type IntegrationChange = Omit<UpdateIntegration, 'version'>;

const conflictMessage = (name: string) =>
  `Someone else changed ${name} meanwhile, and it has been reloaded with their changes.`;

/** A refused switch or rotation, in words; after a conflict the user looks at the reloaded row first. */
const refusal = (problem: SaveProblem) =>
  new Error(problem.conflict ? `${problem.message} Check it, then try again.` : problem.message);

/** The list never keeps a secret: it is shown once, from the answer that carries it. */
const withoutSecret = (saved: Integration): Integration =>
  Object.fromEntries(Object.entries(saved).filter(([key]) => key !== 'secret')) as Integration;

/** The integrations, and every change to one sent with the version last read. */
@Injectable()
export class IntegrationsStore {
  private readonly api = inject(IntegrationsApi);
  private readonly notifier = inject(Notifier);
  private readonly busyIds = signal<ReadonlySet<string>>(new Set());

  readonly integrations = signal<Integration[]>([]);
  readonly loading = signal(false);
  /** The list has arrived at least once: before that, an empty list says nothing. */
  readonly loaded = signal(false);

  isBusy(id: string): boolean {
    return this.busyIds().has(id);
  }

  async load(): Promise<void> {
    this.loading.set(true);
    try {
      this.integrations.set(await firstValueFrom(this.api.list()));
      this.loaded.set(true);
    } catch (error) {
      this.notifier.error(error);
    } finally {
      this.loading.set(false);
    }
  }

  create(body: CreateIntegration): Promise<SaveOutcome<IntegrationWithSecret>> {
    return this.save(body.name, this.api.create(body));
  }

  update(id: string, change: IntegrationChange): Promise<SaveOutcome<Integration>> {
    const current = this.integrations().find((i) => i.id === id);
    if (!current)
      return Promise.resolve({
        saved: false,
        problem: { message: 'This integration is gone.', fieldErrors: {}, conflict: false },
      });
    return this.save(current.name, this.api.update(id, { ...change, version: current.version }));
  }

  /** Whether the change went through; the user is told either way. */
  async setEnabled(integration: Integration, enabled: boolean): Promise<boolean> {
    const outcome = await this.whileBusy(integration.id, () => this.update(integration.id, { enabled }));
    if (outcome.saved) this.notifier.info(`${integration.name} ${enabled ? 'enabled' : 'disabled'}`);
    else this.notifier.error(refusal(outcome.problem));
    return outcome.saved;
  }

  /** The new secret, to show once; null when the rotation failed (the user is told why). */
  async rotateSecret(integration: Integration): Promise<IntegrationWithSecret | null> {
    const outcome = await this.whileBusy(integration.id, () =>
      this.save(integration.name, this.api.rotateSecret(integration.id, integration.version)),
    );
    if (outcome.saved) return outcome.integration;
    this.notifier.error(refusal(outcome.problem));
    return null;
  }

  /** Keeps what the API saved; a stale version reloads the list, a 400 comes back with its field errors. */
  private async save<T extends Integration>(name: string, request: Observable<T>): Promise<SaveOutcome<T>> {
    try {
      const saved = await firstValueFrom(request);
      const integration = withoutSecret(saved);
      this.integrations.update((all) =>
        all.some((i) => i.id === saved.id)
          ? all.map((i) => (i.id === saved.id ? integration : i))
          : [...all, integration],
      );
      return { saved: true, integration: saved };
    } catch (error) {
      const apiError = toApiError(error);
      // 409 is the API's answer to a stale version here: integrations have no other state to conflict with.
      if (apiError.status === 409) {
        await this.load();
        return { saved: false, problem: { message: conflictMessage(name), fieldErrors: {}, conflict: true } };
      }
      return {
        saved: false,
        problem: { message: apiError.message, fieldErrors: apiError.fieldErrors, conflict: false },
      };
    }
  }

  private async whileBusy<T>(id: string, action: () => Promise<T>): Promise<T> {
    this.busyIds.update((ids) => new Set(ids).add(id));
    try {
      return await action();
    } finally {
      this.busyIds.update((ids) => {
        const rest = new Set(ids);
        rest.delete(id);
        return rest;
      });
    }
  }
}
