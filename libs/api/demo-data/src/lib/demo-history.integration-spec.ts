import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadTestEnv } from '@ladder/api/common';
import { Client, Pool } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@ladder/api/database';
import { prepareDemoDatabase } from './demo-database';
import { seedDemoAcknowledgements } from './demo-acknowledgements.seed';
import { seedDemoHistory } from './demo-history.seed';
import { pgQuery } from './sql-query';

const NOW = new Date('2026-11-26T12:00:00Z');
const OPTIONS = { escalations: 400, days: 30, seed: 9, now: NOW, batchSize: 150 };

/** Every invariant the workflow keeps, as one count of offending rows per rule (all must be zero). */
const INVARIANTS = `
  WITH ev AS (
    SELECT escalation_id, count(*) AS events,
           count(*) FILTER (WHERE type IN ('escalate', 'de-escalate', 'reopen')) AS stint_openers
    FROM escalation_event GROUP BY escalation_id),
  st AS (
    SELECT escalation_id, count(*) AS stints, count(*) FILTER (WHERE left_at IS NULL) AS open_stints
    FROM level_stint GROUP BY escalation_id),
  last_stint AS (
    SELECT DISTINCT ON (escalation_id) escalation_id, level, team_id FROM level_stint ORDER BY escalation_id, entered_at DESC)
  SELECT
    count(*) FILTER (WHERE st.open_stints <> CASE WHEN e.status IN ('resolved', 'closed') THEN 0 ELSE 1 END) AS open_stint,
    count(*) FILTER (WHERE st.stints <> 1 + ev.stint_openers) AS stints_per_level_visited,
    count(*) FILTER (WHERE e.version <> ev.events) AS version,
    count(*) FILTER (WHERE (l.level, l.team_id) <> (e.level, e.team_id)) AS current_level,
    (SELECT count(*) FROM level_stint s WHERE s.first_response_at IS DISTINCT FROM (
       SELECT min(v.at) FROM escalation_event v WHERE v.escalation_id = s.escalation_id AND v.type = 'acknowledge'
          AND v.at >= s.entered_at AND v.at < coalesce(s.left_at, 'infinity'))) AS first_response,
    (SELECT count(*) FROM level_stint s WHERE s.paused_seconds < 0 OR s.left_at < s.entered_at) AS stint_times,
    (SELECT count(*) FROM escalation_event v WHERE NOT EXISTS (SELECT 1 FROM app_user u WHERE u.id = v.actor_id)
       AND v.actor_id IS NOT NULL) AS unknown_actor
  FROM escalation e JOIN ev ON ev.escalation_id = e.id JOIN st ON st.escalation_id = e.id
  JOIN last_stint l ON l.escalation_id = e.id`;

/** What the survey history must keep, as counts of offending rows. */
const SURVEY_CHECKS = `
  SELECT
    (SELECT count(*) FROM survey_invitation i JOIN escalation e ON e.id = i.escalation_id
      WHERE e.status NOT IN ('resolved', 'closed')) AS not_resolved,
    (SELECT count(*) FROM survey_invitation i JOIN escalation_event x ON x.id = i.resolve_event_id
      WHERE x.escalation_id <> i.escalation_id OR x.type <> 'resolve'
         OR x.at <> (SELECT max(y.at) FROM escalation_event y WHERE y.escalation_id = i.escalation_id AND y.type = 'resolve')
         OR i.created_at <> x.at) AS wrong_resolution,
    (SELECT count(*) FROM survey_response r JOIN survey_invitation i ON i.id = r.invitation_id
      WHERE i.status <> 'answered') AS responses_not_answered,
    (SELECT count(*) FROM survey_invitation i
      WHERE i.status = 'answered' AND NOT EXISTS (SELECT 1 FROM survey_response r WHERE r.invitation_id = i.id))
      AS answered_without_response,
    (SELECT count(*) FROM survey_response r WHERE r.overall IS DISTINCT FROM (r.answers ->> 'overall')::int)
      AS overall_not_copied`;

// Two seeds and two fresh databases: more than the shared 60 s on a busy machine.
jest.setTimeout(180_000);

describe('seedDemoHistory on PostgreSQL', () => {
  const { databaseTestUrl } = loadTestEnv();
  const admin = new Client({ connectionString: databaseTestUrl });
  const name = `ladder_demo_${process.pid}_${randomBytes(3).toString('hex')}`;
  const urlOf = (database: string) => Object.assign(new URL(databaseTestUrl), { pathname: `/${database}` }).toString();
  let pool: Pool;

  beforeAll(async () => {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await prepareDemoDatabase(urlOf(name));
    // The same organisation (same ids) for the INSERT path, to compare both writers row for row.
    await admin.query(`CREATE DATABASE ${name}_b TEMPLATE ${name}`);
    pool = new Pool({ connectionString: urlOf(name), max: 2 });
  });

  // pool.end() resolves before its connections are gone: wait for them, or the drop kills a closing client.
  const dropWhenIdle = async (database: string) => {
    for (let attempt = 0; attempt < 100; attempt++) {
      const { rows } = await admin.query<{ n: string }>(
        `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1`,
        [database],
      );
      if (rows[0]?.n === '0') break;
      await sleep(50);
    }
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  };

  afterAll(async () => {
    await pool.end();
    await dropWhenIdle(name);
    await dropWhenIdle(`${name}_b`);
    await admin.end();
  });

  it('writes the history with COPY, rows agreeing with the events', async () => {
    const counts = await seedDemoHistory(pool, OPTIONS);

    const { rows } = await pool.query<Record<string, string>>(
      `SELECT (SELECT count(*) FROM escalation) AS escalations, (SELECT count(*) FROM escalation_event) AS events,
              (SELECT count(*) FROM level_stint) AS stints, (SELECT max(number) FROM escalation) AS last_number,
              (SELECT bool_and(created_at >= lag) FROM (SELECT created_at, lag(created_at, 1, '-infinity') OVER (ORDER BY number) FROM escalation) x) AS numbered_in_order`,
    );
    expect(rows[0]).toEqual({
      escalations: '400',
      events: String(counts.events),
      stints: String(counts.stints),
      last_number: '400',
      numbered_in_order: true,
    });
    expect((await pool.query(INVARIANTS)).rows[0]).toEqual({
      open_stint: '0',
      stints_per_level_visited: '0',
      version: '0',
      current_level: '0',
      first_response: '0',
      stint_times: '0',
      unknown_actor: '0',
    });
    // Surveys: one per stakeholder of each resolved escalation, on its last resolution, answers for the answered.
    const { rows: surveys } = await pool.query<Record<string, string>>(SURVEY_CHECKS);
    expect(surveys[0]).toEqual({
      not_resolved: '0',
      wrong_resolution: '0',
      responses_not_answered: '0',
      answered_without_response: '0',
      overall_not_copied: '0',
    });
    const { rows: shares } = await pool.query<{ invited: string; answered: number }>(
      `SELECT count(*) AS invited,
              (count(*) FILTER (WHERE status = 'answered'))::float8
                / count(*) FILTER (WHERE status IN ('answered', 'expired', 'opted-out')) AS answered
         FROM survey_invitation`,
    );
    expect(Number(shares[0]?.invited)).toBeGreaterThan(300);
    expect(shares[0]?.answered).toBeGreaterThan(0.3);
    expect(shares[0]?.answered).toBeLessThan(0.55);
    // COPY skips the foreign-key triggers, not the ones queueing finished escalations for their breach facts.
    const { rows: breachQueue } = await pool.query<{ finished: string; queued: string }>(
      `SELECT (SELECT count(*) FROM escalation WHERE status IN ('resolved', 'closed')) AS finished,
              (SELECT count(*) FROM escalation_breach_pending) AS queued`,
    );
    expect(Number(breachQueue[0]?.finished)).toBeGreaterThan(300);
    expect(breachQueue[0]?.queued).toBe(breachQueue[0]?.finished);
    // The next escalation the API creates continues the numbering.
    const { rows: next } = await pool.query<{ n: string }>(
      `SELECT nextval(pg_get_serial_sequence('escalation', 'number')) AS n`,
    );
    expect(next[0]?.n).toBe('401');
  });

  it('dates the first procedure version before the history and has all staff but two acknowledge it', async () => {
    const client = await pool.connect();
    try {
      await seedDemoAcknowledgements(pgQuery(client), NOW, OPTIONS.days);
    } finally {
      client.release();
    }
    const { rows } = await pool.query<Record<string, unknown>>(
      `SELECT pv.published_at, pv.review_due_at,
              (SELECT count(*)::int FROM app_user WHERE role IN ('agent', 'manager')) AS must_acknowledge,
              count(a.user_id)::int AS acknowledged,
              min(a.acknowledged_at - pv.published_at) AS earliest, max(a.acknowledged_at - pv.published_at) AS latest,
              (SELECT array_agg(u.name ORDER BY u.name) FROM app_user u WHERE u.role IN ('agent', 'manager')
                 AND NOT EXISTS (SELECT 1 FROM procedure_acknowledgement x WHERE x.user_id = u.id)) AS not_yet
         FROM procedure_version pv LEFT JOIN procedure_acknowledgement a ON a.procedure_version_id = pv.id
        WHERE pv.version = 1 GROUP BY pv.id`,
    );
    // 30 days of history and a week before it: 37 days before NOW; reviewed every 6 months.
    expect(rows[0]).toMatchObject({
      published_at: new Date('2026-10-20T12:00:00Z'),
      review_due_at: new Date('2027-04-20T12:00:00Z'),
      // 5 demo agents, the manager and 19 colleagues.
      must_acknowledge: 25,
      acknowledged: 23,
      earliest: { days: 1 },
      latest: { days: 5 },
      not_yet: ['Hana Sato', 'Tomasz Wojcik'],
    });
  });

  it('writes the same rows through a TypeORM data source (INSERT), as the API does on first start', async () => {
    const dataSource = new DataSource({ ...dataSourceOptions(urlOf(`${name}_b`), 1, []), migrationsRun: false });
    await dataSource.initialize();
    try {
      await seedDemoHistory(dataSource, OPTIONS);
    } finally {
      await dataSource.destroy();
    }
    // Staff are added by each seed with ids of their own: compare people by email.
    const digest = `SELECT md5(string_agg(x::text, '|' ORDER BY x::text)) AS d FROM (
      SELECT e.id, e.number, e.title, e.stakeholders, e.status, e.version, e.updated_at, v.type, v.at, v.body, u.email
      FROM escalation e JOIN escalation_event v ON v.escalation_id = e.id LEFT JOIN app_user u ON u.id = v.actor_id) x`;
    const surveys = `SELECT md5(string_agg(x::text, '|' ORDER BY x::text)) AS d FROM (
      SELECT i.id, i.escalation_id, x.at, i.email, i.status, i.created_at, i.closed_at, r.answers, r.overall
      FROM survey_invitation i JOIN escalation_event x ON x.id = i.resolve_event_id
      LEFT JOIN survey_response r ON r.invitation_id = i.id) x`;
    const copy = await pool.query<{ d: string }>(digest);
    const copySurveys = await pool.query<{ d: string }>(surveys);
    const b = new Client({ connectionString: urlOf(`${name}_b`) });
    await b.connect();
    try {
      expect((await b.query<{ d: string }>(digest)).rows[0]?.d).toBe(copy.rows[0]?.d);
      expect((await b.query<{ d: string }>(surveys)).rows[0]?.d).toBe(copySurveys.rows[0]?.d);
    } finally {
      await b.end();
    }
  });
});
