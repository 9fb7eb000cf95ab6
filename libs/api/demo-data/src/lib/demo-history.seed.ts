import type { ClientBase, Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { loadDemoOrganisation } from './demo-organisation.loader';
import type { DemoHistory } from './demo-history.types';
import { seedDemoStaff } from './demo-staff.seed';
import { generateHistories, type DemoHistoryOptions } from './history.generator';
import { CopySink, InsertSink, type HistorySink } from './history.sink';
import { historyRows } from './history.tables';
import { Random } from './random';
import { pgQuery, runnerQuery, type SqlQuery } from './sql-query';
import { demoSurveys, surveyRows } from './survey-history';

export interface DemoHistorySeedOptions extends DemoHistoryOptions {
  /** Escalations per transaction. */
  batchSize?: number;
  onProgress?: (written: DemoHistoryCounts) => void;
}

export interface DemoHistoryCounts {
  escalations: number;
  events: number;
  stints: number;
}

/** A TypeORM data source (INSERT, any PostgreSQL, PGlite too), a pg client (COPY) or a pg pool (COPY on two connections). */
export type DemoHistoryTarget = DataSource | ClientBase | Pool;

const SURVEY_SEED_OFFSET = 0x5eed;

/** Histories generated between two turns of the event loop, so a batch's rows stream out while the next is built. */
const SLICE = 250;

/**
 * Writes a generated history into a database that holds the organisation (teams, demo users, a published
 * procedure), numbering the escalations after the highest existing number, in arrival order. Each batch is
 * one transaction; nothing existing is changed or removed. Run it on a database nobody else writes to.
 */
export async function seedDemoHistory(
  target: DemoHistoryTarget,
  options: DemoHistorySeedOptions,
): Promise<DemoHistoryCounts> {
  if ('createQueryRunner' in target) {
    const runner = target.createQueryRunner();
    await runner.connect();
    try {
      return await seed(runnerQuery(runner), [new InsertSink(runner)], options);
    } finally {
      await runner.release();
    }
  }
  if (!('totalCount' in target))
    return seed(pgQuery(target), [new CopySink(target, await isSuperuser(target))], options);
  // Two connections let PostgreSQL use the second core while Node generates.
  const clients = await Promise.all([target.connect(), target.connect()]);
  try {
    const trusted = await isSuperuser(clients[0]);
    return await seed(
      pgQuery(clients[0]),
      clients.map((client) => new CopySink(client, trusted)),
      options,
    );
  } finally {
    for (const client of clients) client.release();
  }
}

async function seed(
  query: SqlQuery,
  sinks: HistorySink[],
  options: DemoHistorySeedOptions,
): Promise<DemoHistoryCounts> {
  await seedDemoStaff(query);
  const org = await loadDemoOrganisation(query);
  const [{ last } = { last: '0' }] = await query<{ last: string }>(
    `SELECT coalesce(max(number), 0) AS last FROM escalation`,
  );
  const histories = generateHistories(org, options);
  // A stream of its own, so that the histories are the same with or without surveys.
  const surveyRng = new Random(options.seed + SURVEY_SEED_OFFSET);
  const now = options.now.getTime();
  const counts: DemoHistoryCounts = { escalations: 0, events: 0, stints: 0 };
  const writing = sinks.map(() => Promise.resolve());
  let failure: unknown = null;
  for (let turn = 0; ; turn++) {
    const batch = await nextBatch(histories, options.batchSize ?? 2000);
    const slot = turn % sinks.length;
    await writing[slot];
    if (failure !== null) throw failure;
    if (batch.length === 0) break;
    options.onProgress?.(counts);
    const rows = [
      ...historyRows(batch, org.procedureVersionId, Number(last) + counts.escalations),
      surveyRows(batch.flatMap((history) => demoSurveys(history, org.definition, surveyRng, now))),
    ];
    writing[slot] = (sinks[slot] as HistorySink).write(rows).catch((error: unknown) => {
      failure = error;
    });
    count(counts, batch);
  }
  await Promise.all(writing);
  if (failure !== null) throw failure;
  // The scheduler looks at every open escalation once: its clocks, due times and next deadlines.
  await query(
    `INSERT INTO job (kind, key, escalation_id, run_at)
     SELECT 'deadline', 'deadline:' || id, id, now() FROM escalation WHERE status NOT IN ('resolved', 'closed')
     ON CONFLICT (key) DO NOTHING`,
  );
  await query(`SELECT setval(pg_get_serial_sequence('escalation', 'number'), $1)`, [Number(last) + counts.escalations]);
  return counts;
}

async function isSuperuser(client: ClientBase): Promise<boolean> {
  const [role] = await pgQuery(client)<{ rolsuper: boolean }>(
    `SELECT rolsuper FROM pg_roles WHERE rolname = current_user`,
  );
  return role?.rolsuper === true;
}

async function nextBatch(histories: Iterator<DemoHistory>, size: number): Promise<DemoHistory[]> {
  const batch: DemoHistory[] = [];
  for (let next = histories.next(); !next.done; next = histories.next()) {
    batch.push(next.value);
    if (batch.length === size) break;
    if (batch.length % SLICE === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  return batch;
}

function count(counts: DemoHistoryCounts, batch: readonly DemoHistory[]): void {
  counts.escalations += batch.length;
  for (const history of batch) {
    counts.events += history.events.length;
    counts.stints += history.stints.length;
  }
}
