import type { DemoEvent } from '@ladder/api/demo-data';
import type { Action, ImportEvent, ImportRecord, Level, Severity, Status } from '@ladder/contracts';
import { INITIAL_STATUS, severityOf, transition } from '@ladder/domain';
import type { ImportContext, ImportTeam } from './import-context';

/** A record's history as the workflow would have recorded it, `created` first (times in epoch milliseconds). */
export interface WalkedHistory {
  severity: Severity;
  createdBy: string | null;
  events: DemoEvent[];
}

/** What is wrong with a record: the event at `event` (null: the record itself) and the field at `path`. */
export interface Problem {
  event: number | null;
  path: PropertyKey[];
  reason: string;
}

const MOVES: ReadonlySet<Action> = new Set(['escalate', 'de-escalate']);
const TEXTS: ReadonlySet<Action> = new Set(['comment', 'stakeholder-update']);

interface Position {
  status: Status;
  level: number;
  teamId: string;
  at: number;
}

/**
 * Replays a record through the rules live work follows (the status machine, the procedure's levels and teams,
 * time moving forward) and builds its events the way `escalation_act` writes them. Stops at the first problem:
 * after an impossible step, what follows cannot be judged.
 */
export function walkHistory(record: ImportRecord, ctx: ImportContext): WalkedHistory | Problem {
  const { definition } = ctx.procedure;
  const at = Date.parse(record.createdAt);
  if (at > ctx.now) return { event: null, path: ['createdAt'], reason: `${record.createdAt} is in the future` };
  if (!definition.categories.includes(record.category)) {
    const known = definition.categories.join(', ');
    return { event: null, path: ['category'], reason: `unknown category "${record.category}" (known: ${known})` };
  }
  const level = record.level ?? 1;
  const rung = definition.levels.find((l) => l.level === level);
  if (!rung) return { event: null, path: ['level'], reason: `the procedure has no level ${level}` };
  const team = teamAt(ctx, rung, record.team, record.category);
  if (typeof team === 'string') return { event: null, path: ['team'], reason: team };
  const createdBy = userOf(ctx, record.createdBy);
  if (createdBy === undefined) return { event: null, path: ['createdBy'], reason: noUser(record.createdBy) };

  const position: Position = { status: INITIAL_STATUS, level, teamId: team.id, at };
  const events: DemoEvent[] = [
    {
      type: 'created',
      at,
      actorId: createdBy,
      fromStatus: null,
      toStatus: INITIAL_STATUS,
      fromLevel: null,
      toLevel: level,
      teamId: team.id,
      assigneeId: null,
      body: null,
      visibility: 'internal',
      channel: record.channel,
    },
  ];
  for (const [index, event] of record.events.entries()) {
    const next = step(position, event, record, ctx);
    if ('reason' in next) return { ...next, event: index };
    events.push(next);
  }
  const severity = record.severity ?? severityOf(definition.matrix, record.impact, record.urgency);
  return { severity, createdBy, events };
}

/** The event `e` records after `position`, moving the position on; or what stops it. */
function step(
  position: Position,
  e: ImportEvent,
  record: ImportRecord,
  ctx: ImportContext,
): DemoEvent | Omit<Problem, 'event'> {
  const at = Date.parse(e.at);
  const previous = new Date(position.at).toISOString();
  if (at < position.at) return { path: ['at'], reason: `${e.at} is before the event it follows (${previous})` };
  if (at > ctx.now) return { path: ['at'], reason: `${e.at} is in the future` };
  const moved = transition(position.status, e.type);
  if (!moved.ok) return { path: ['type'], reason: moved.reason };
  const misplaced = misplacedField(e);
  if (misplaced) return misplaced;
  if (TEXTS.has(e.type) && e.body === undefined) return { path: ['body'], reason: `a ${e.type} needs its text` };
  const actorId = userOf(ctx, e.actor);
  if (actorId === undefined) return { path: ['actor'], reason: noUser(e.actor) };
  const assigneeId = e.type === 'assign' ? userOf(ctx, e.assignee ?? undefined) : null;
  if (assigneeId === undefined) return { path: ['assignee'], reason: noUser(e.assignee ?? undefined) };

  let fromLevel: number | null = null;
  let toLevel: number | null = null;
  if (MOVES.has(e.type)) {
    const target = levelTo(ctx, position.level, e.type, e.toLevel);
    if (typeof target === 'string') return { path: ['toLevel'], reason: target };
    const team = teamAt(ctx, target, e.team, record.category);
    if (typeof team === 'string') return { path: ['team'], reason: team };
    [fromLevel, toLevel] = [position.level, target.level];
    position.level = target.level;
    position.teamId = team.id;
  }
  const event: DemoEvent = {
    type: e.type,
    at,
    actorId,
    fromStatus: position.status,
    toStatus: moved.to,
    fromLevel,
    toLevel,
    teamId: position.teamId,
    assigneeId,
    body: e.body ?? null,
    visibility: e.type === 'stakeholder-update' ? 'public' : 'internal',
    channel: record.channel,
  };
  position.status = moved.to;
  position.at = at;
  return event;
}

/** JSON lines give fields freely; one an event of this type does not take is a mistake worth reporting. */
function misplacedField(e: ImportEvent): Omit<Problem, 'event'> | null {
  if (!MOVES.has(e.type)) {
    if (e.toLevel !== undefined) return { path: ['toLevel'], reason: `only escalate and de-escalate take a toLevel` };
    if (e.team !== undefined) return { path: ['team'], reason: `only escalate and de-escalate take a team` };
  }
  if (e.type !== 'assign' && e.assignee !== undefined) {
    return { path: ['assignee'], reason: 'only assign takes an assignee' };
  }
  return null;
}

/** Where an escalate or de-escalate lands: the level asked for, else the next one up or down (as escalation_act). */
function levelTo(ctx: ImportContext, from: number, action: Action, wanted: number | undefined): Level | string {
  const up = action === 'escalate';
  const candidates = ctx.procedure.definition.levels
    .filter((l) => (up ? l.level > from : l.level < from) && (wanted === undefined || l.level === wanted))
    .sort((a, b) => (up ? a.level - b.level : b.level - a.level));
  return (
    candidates[0] ??
    (wanted === undefined
      ? `level ${from} has no level ${up ? 'above' : 'below'} it`
      : `cannot ${action} from level ${from} to level ${wanted}`)
  );
}

/** The team named (it must work the level), else the procedure's route for the category, else the level's team. */
function teamAt(ctx: ImportContext, rung: Level, name: string | undefined, category: string): ImportTeam | string {
  if (name === undefined) {
    const route = ctx.procedure.definition.routes.find((r) => r.level === rung.level && r.category === category);
    const team = ctx.teamsById.get(route?.teamId ?? rung.defaultTeamId);
    return team ?? `the procedure names team ${route?.teamId ?? rung.defaultTeamId}, which does not exist`;
  }
  const team = ctx.teamsByName.get(name.toLowerCase());
  if (!team) return `unknown team "${name}"`;
  return rung.teamIds.includes(team.id) ? team : `team ${team.name} does not work level ${rung.level}`;
}

/** The user's id, null when nobody is named, undefined when the email is nobody's. */
function userOf(ctx: ImportContext, email: string | undefined): string | null | undefined {
  return email === undefined ? null : ctx.userIds.get(email.toLowerCase());
}

function noUser(email: string | undefined): string {
  return `no user has the email ${email ?? ''}`;
}
