import type { FrozenClock } from '@ladder/api/common';
import type { ImportEvent, ImportRecordInput } from '@ladder/contracts';
import { EscalationClient, teamIds, type TestApp } from '@ladder/api/testing';

/**
 * Works a record's history through the escalation API, as people would have done it live: the clock set to each
 * event's time, each action taken by its actor. Returns the escalation's id.
 */
export async function replayLive(t: TestApp, clock: FrozenClock, record: ImportRecordInput): Promise<string> {
  const teams = await teamIds(t);
  const users: Record<string, string> = Object.fromEntries(
    (await t.dataSource.query<{ id: string; email: string }[]>(`SELECT id, email FROM app_user`)).map((u) => [
      u.email,
      u.id,
    ]),
  );
  clock.set(new Date(record.createdAt));
  const creator = await EscalationClient.as(t, record.createdBy ?? 'manager@ladder.demo');
  let escalation = await creator.create({
    title: record.title,
    description: record.description,
    category: record.category,
    affectedService: record.affectedService,
    impact: record.impact,
    urgency: record.urgency,
    stakeholders: record.stakeholders,
  });
  for (const event of record.events ?? []) {
    clock.set(new Date(event.at));
    const actor = await EscalationClient.as(t, event.actor ?? 'manager@ladder.demo');
    escalation = await actor.ok(escalation.id, event.type, actionBody(event, escalation.version, teams, users));
  }
  return escalation.id;
}

function actionBody(
  e: ImportEvent,
  version: number,
  teams: Record<string, string>,
  users: Record<string, string>,
): object {
  switch (e.type) {
    case 'comment':
    case 'stakeholder-update':
      return { body: e.body };
    case 'assign':
      return { version, assigneeId: e.assignee ? users[e.assignee] : null };
    case 'escalate':
    case 'de-escalate':
      return { version, reason: e.body, toLevel: e.toLevel, teamId: e.team ? teams[e.team] : undefined };
    case 'wait':
    case 'reopen':
      return { version, reason: e.body };
    case 'resolve':
      return { version, summary: e.body };
    case 'acknowledge':
    case 'resume':
    case 'close':
      return { version };
  }
}
