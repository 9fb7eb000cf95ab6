import {
  generateHistories,
  loadDemoOrganisation,
  pgQuery,
  type DemoEvent,
  type DemoHistory,
} from '@ladder/api/demo-data';
import type { ImportEvent, ImportRecordInput } from '@ladder/contracts';
import type { Client } from 'pg';

export interface HistoryFile {
  text: string;
  escalations: number;
  events: number;
  stints: number;
}

/**
 * A JSON-lines file of `escalations` generated histories (the demo generator's, over the last `days`), in the shape
 * another system's export would have: people by email, teams by name, ids of its own. The expected row counts too.
 */
export async function generateHistoryFile(client: Client, escalations: number, days: number): Promise<HistoryFile> {
  const org = await loadDemoOrganisation(pgQuery(client));
  const { rows } = await client.query<{ id: string; email: string }>(`SELECT id, email FROM app_user`);
  const emails = new Map(rows.map((u) => [u.id, u.email]));
  const teams = new Map(org.teams.map((t) => [t.id, t.name]));
  const names = {
    email: (id: string | null) => (id === null ? undefined : emails.get(id)),
    team: (id: string | null) => (id === null ? undefined : teams.get(id)),
  };
  // A minute back, so no event of the file is later than the API's clock when it checks the file.
  const now = new Date(Date.now() - 60_000);
  const lines: string[] = [];
  const file: HistoryFile = { text: '', escalations: 0, events: 0, stints: 0 };
  let index = 0;
  for (const history of generateHistories(org, { escalations, days, seed: 7, now })) {
    lines.push(JSON.stringify(record(history, `BENCH-${++index}`, names)));
    file.escalations += 1;
    file.events += history.events.length;
    file.stints += history.stints.length;
  }
  file.text = lines.join('\n');
  return file;
}

type Names = { email: (id: string | null) => string | undefined; team: (id: string | null) => string | undefined };

function record({ facts, events }: DemoHistory, sourceId: string, names: Names): ImportRecordInput {
  const [created, ...rest] = events as [DemoEvent, ...DemoEvent[]];
  return {
    sourceId,
    title: facts.title,
    description: facts.description,
    category: facts.category,
    affectedService: facts.affectedService,
    impact: facts.impact,
    urgency: facts.urgency,
    severity: facts.severity,
    channel: facts.source,
    stakeholders: facts.stakeholders,
    createdAt: new Date(facts.createdAt).toISOString(),
    createdBy: names.email(facts.createdBy),
    level: created.toLevel ?? 1,
    team: names.team(created.teamId),
    events: rest.map((e) => event(e, names)),
  };
}

function event(e: DemoEvent, names: Names): ImportEvent {
  const moves = e.type === 'escalate' || e.type === 'de-escalate';
  return {
    type: e.type as ImportEvent['type'],
    at: new Date(e.at).toISOString(),
    actor: names.email(e.actorId),
    body: e.body ?? undefined,
    toLevel: moves ? (e.toLevel ?? undefined) : undefined,
    team: moves ? names.team(e.teamId) : undefined,
    assignee: e.type === 'assign' ? (names.email(e.assigneeId) ?? null) : undefined,
  };
}
