import { type DemoEvent, projectHistory, type SqlQuery, STINT_TABLE, stintRow } from '@ladder/api/demo-data';
import { rebuildBreachFacts } from './breach-facts';
import { refreshAllFinishedStints, rollUpDays, transactOn } from './read-model-refresh';
import { stintDays } from './stint-daily';

/** Escalations re-projected per transaction: their rows stay locked for well under a second. */
const BATCH = 2000;

interface EventRow {
  escalation_id: string;
  type: DemoEvent['type'];
  at: Date;
  actor_id: string | null;
  from_status: DemoEvent['fromStatus'];
  to_status: DemoEvent['toStatus'];
  from_level: number | null;
  to_level: number | null;
  team_id: string | null;
  assignee_id: string | null;
  body: string | null;
  visibility: DemoEvent['visibility'];
  channel: DemoEvent['channel'];
}

export interface RebuildCounts {
  escalations: number;
  stints: number;
  refreshed: number;
}

const INSERT_STINTS = `INSERT INTO level_stint (${STINT_TABLE.columns.map(([name]) => name).join(', ')})
  SELECT * FROM unnest(${STINT_TABLE.columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')})`;

/**
 * Rebuilds the analytics read models from the events, which are the truth: every escalation's level stints,
 * projected as the workflow writes them, then their business time, then the daily rollup. `sql` must be one connection (it runs its own
 * transactions). Safe beside a live API: each batch locks its escalations, so a transition waits for it.
 */
export async function rebuildReadModels(sql: SqlQuery): Promise<RebuildCounts> {
  const counts: RebuildCounts = { escalations: 0, stints: 0, refreshed: 0 };
  for (let after = '00000000-0000-0000-0000-000000000000'; ;) {
    const batch = await reprojectBatch(sql, after);
    if (!batch) break;
    counts.escalations += batch.escalations;
    counts.stints += batch.stints;
    after = batch.last;
  }
  counts.refreshed = (await refreshAllFinishedStints(sql)).refreshed;
  await rollUpDays(transactOn(sql), await stintDays(sql));
  await rebuildBreachFacts(transactOn(sql));
  return counts;
}

/** The next BATCH escalations after id `after`: their stints deleted and written again from their events. */
function reprojectBatch(
  sql: SqlQuery,
  after: string,
): Promise<{ escalations: number; stints: number; last: string } | undefined> {
  return transactOn(sql)(async (tx) => {
    const ids = await tx<{ id: string }>(`SELECT id FROM escalation WHERE id > $1 ORDER BY id LIMIT $2 FOR UPDATE`, [
      after,
      BATCH,
    ]);
    const last = ids.at(-1)?.id;
    if (!last) return undefined;
    const batch = ids.map((row) => row.id);
    const events = await tx<EventRow>(
      `SELECT escalation_id, type, at, actor_id, from_status, to_status, from_level, to_level, team_id, assignee_id,
              body, visibility, channel
         FROM escalation_event WHERE escalation_id = ANY ($1::uuid[]) ORDER BY escalation_id, at, id`,
      [batch],
    );
    const rows = [...groupByEscalation(events)].flatMap(([id, own]) =>
      projectHistory(own).stints.map((stint) => stintRow(id, stint)),
    );
    await tx(`DELETE FROM level_stint WHERE escalation_id = ANY ($1::uuid[])`, [batch]);
    await tx(
      INSERT_STINTS,
      STINT_TABLE.columns.map((_, column) => rows.map((row) => row[column] ?? null)),
    );
    return { escalations: batch.length, stints: rows.length, last };
  });
}

function groupByEscalation(rows: readonly EventRow[]): Map<string, DemoEvent[]> {
  const byEscalation = new Map<string, DemoEvent[]>();
  for (const row of rows) {
    const events = byEscalation.get(row.escalation_id) ?? [];
    events.push({
      type: row.type,
      at: row.at.getTime(),
      actorId: row.actor_id,
      fromStatus: row.from_status,
      toStatus: row.to_status,
      fromLevel: row.from_level,
      toLevel: row.to_level,
      teamId: row.team_id,
      assigneeId: row.assignee_id,
      body: row.body,
      visibility: row.visibility,
      channel: row.channel,
    });
    byEscalation.set(row.escalation_id, events);
  }
  return byEscalation;
}
