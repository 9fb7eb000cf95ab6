import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import type { Level, ProcedureVersion, Team, User } from '@ladder/contracts';
import { firstValueFrom } from 'rxjs';
import { Notifier } from '../notify/notifier';

interface Reference {
  procedure: ProcedureVersion;
  teams: Team[];
  users: User[];
}

/** The current procedure, teams and users: read once per session, shared by every page. */
@Injectable({ providedIn: 'root' })
export class ReferenceStore {
  private readonly http = inject(HttpClient);
  private readonly notifier = inject(Notifier);
  private readonly data = signal<Reference | null>(null);
  private pending: Promise<void> | null = null;

  readonly procedure = computed(() => this.data()?.procedure ?? null);
  readonly teams = computed(() => this.data()?.teams ?? []);
  readonly users = computed(() => this.data()?.users ?? []);
  readonly loaded = computed(() => this.data() !== null);

  ensureLoaded(): Promise<void> {
    this.pending ??= this.fetch();
    return this.pending;
  }

  /** Reads everything again, e.g. once a new procedure version is published and new escalations follow it. */
  refresh(): Promise<void> {
    this.pending = this.fetch();
    return this.pending;
  }

  level(level: number): Level | undefined {
    return this.procedure()?.definition.levels.find((l) => l.level === level);
  }

  private async fetch(): Promise<void> {
    try {
      const [procedure, teams, users] = await Promise.all([
        firstValueFrom(this.http.get<ProcedureVersion>('/api/procedures/current')),
        firstValueFrom(this.http.get<Team[]>('/api/teams')),
        firstValueFrom(this.http.get<User[]>('/api/users')),
      ]);
      this.data.set({ procedure, teams, users });
    } catch (error) {
      this.pending = null;
      this.notifier.error(error);
    }
  }
}
