import type { ProcedureVersion } from '@ladder/contracts';
import type { NamedCalendar } from '@ladder/domain';
import type { DataSource } from 'typeorm';

export interface ImportTeam {
  id: string;
  name: string;
  calendarId: string | null;
}

/** What a file is checked against and written with, read once per import. */
export interface ImportContext {
  system: string;
  /** The published version imported escalations run under: the one new escalations follow. */
  procedure: ProcedureVersion;
  /** By lower-case name. */
  teamsByName: ReadonlyMap<string, ImportTeam>;
  teamsById: ReadonlyMap<string, ImportTeam>;
  /** User ids by email (emails are stored in lower case). */
  userIds: ReadonlyMap<string, string>;
  calendars: readonly NamedCalendar[];
  /** Nothing may have happened after it. */
  now: number;
}

export async function loadImportContext(
  db: DataSource,
  procedure: ProcedureVersion,
  system: string,
  now: Date,
): Promise<ImportContext> {
  const [teams, users, calendars] = await Promise.all([
    db.query<{ id: string; name: string; calendar_id: string | null }[]>(`SELECT id, name, calendar_id FROM team`),
    db.query<{ id: string; email: string }[]>(`SELECT id, email FROM app_user`),
    db.query<NamedCalendar[]>(`SELECT id, name, definition FROM calendar`),
  ]);
  const all = teams.map((t) => ({ id: t.id, name: t.name, calendarId: t.calendar_id }));
  return {
    system,
    procedure,
    teamsByName: new Map(all.map((t) => [t.name.toLowerCase(), t])),
    teamsById: new Map(all.map((t) => [t.id, t])),
    userIds: new Map(users.map((u) => [u.email, u.id])),
    calendars,
    now: now.getTime(),
  };
}
