import { randomBytes } from 'node:crypto';
import { prepareDemoDatabase } from '@ladder/api/demo-data';
import { Client } from 'pg';

export interface BenchEscalation {
  id: string;
  version: number;
  level: number;
}

export interface WriteCounts {
  lastEventId: number;
  lastStintId: number;
  versionSum: number;
}

export interface WriteCheck {
  events: number;
  stints: number;
  versions: number;
  /** Bench escalations without exactly one open stint: must stay 0. */
  brokenStints: number;
}

const BENCH_TITLE = 'Bench escalation';

/**
 * The bench's database: DATABASE_URL, or a scratch database on the server. Holds `count` open escalations at
 * L1/L2 (written with one set-based statement per table, not through the API), the working set of the run.
 */
export class BenchDatabase {
  private constructor(
    readonly url: string,
    private readonly client: Client,
    private readonly scratch: { admin: Client; name: string } | null,
  ) {}

  static async open(databaseUrl: string | undefined, serverUrl: string): Promise<BenchDatabase> {
    let scratch: { admin: Client; name: string } | null = null;
    let url = databaseUrl;
    if (!url) {
      const admin = new Client({ connectionString: serverUrl });
      await admin.connect();
      const name = `ladder_bench_${process.pid}_${randomBytes(3).toString('hex')}`;
      await admin.query(`CREATE DATABASE ${name}`);
      scratch = { admin, name };
      url = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
    }
    await prepareDemoDatabase(url);
    const client = new Client({ connectionString: url });
    await client.connect();
    return new BenchDatabase(url, client, scratch);
  }

  get name(): string {
    return new URL(this.url).pathname.slice(1);
  }

  /**
   * Adds bench escalations (open at L1, each with its created event and open stint) until there are `count`,
   * as an import would: their events queue no follow-up, so the run measures transitions, not a catch-up.
   */
  async ensureEscalations(count: number): Promise<void> {
    await this.client.query('BEGIN');
    await this.client.query(`SET LOCAL ladder.loading_history = 'on'`);
    await this.client.query(
      `WITH pv AS (SELECT id, (definition->'levels'->0->>'defaultTeamId')::uuid AS team_id FROM procedure_version
                   WHERE status = 'published' ORDER BY version DESC LIMIT 1),
       missing AS (SELECT $1::int - count(*)::int AS n FROM escalation WHERE title LIKE '${BENCH_TITLE} %'),
       e AS (
         INSERT INTO escalation (title, category, affected_service, impact, urgency, severity, status, level, team_id,
                                 procedure_version_id, source, created_at, updated_at, response_due_at, resolution_due_at)
         SELECT '${BENCH_TITLE} ' || g, 'application', 'ERP', 'low', 'low', 'S4', 'open', 1, pv.team_id, pv.id, 'api',
                now(), now(), now() + interval '8 hours', now() + interval '5 days'
         FROM pv, missing, generate_series(1, missing.n) g
         RETURNING id, team_id, created_at),
       ev AS (
         INSERT INTO escalation_event (escalation_id, type, at, to_status, to_level, team_id, channel)
         SELECT id, 'created', created_at, 'open', 1, team_id, 'api' FROM e)
       INSERT INTO level_stint (escalation_id, level, team_id, entered_at) SELECT id, 1, team_id, created_at FROM e`,
      [count],
    );
    await this.client.query('COMMIT');
  }

  /** Bench escalations that can move between L1 and L2, with the version and level to act from. */
  async workingSet(count: number): Promise<BenchEscalation[]> {
    const { rows } = await this.client.query<BenchEscalation>(
      `SELECT id, version, level FROM escalation
       WHERE title LIKE '${BENCH_TITLE} %' AND status IN ('open', 'acknowledged', 'reopened') AND level IN (1, 2)
       ORDER BY number LIMIT $1`,
      [count],
    );
    return rows;
  }

  /**
   * Clears the dead rows the last phase left and refreshes the statistics, as autovacuum would between phases:
   * the PostgreSQL here runs without autovacuum (a CI setting), so each phase would otherwise start slower.
   */
  async vacuum(): Promise<void> {
    await this.client.query('VACUUM (ANALYZE)');
  }

  async userId(email: string): Promise<string> {
    const { rows } = await this.client.query<{ id: string }>('SELECT id FROM app_user WHERE email = $1', [email]);
    if (!rows[0]) throw new Error(`no user ${email} in the bench database`);
    return rows[0].id;
  }

  async counts(): Promise<WriteCounts> {
    const { rows } = await this.client.query<Record<keyof WriteCounts, string>>(
      `SELECT (SELECT coalesce(max(id), 0) FROM escalation_event) AS "lastEventId",
              (SELECT coalesce(max(id), 0) FROM level_stint) AS "lastStintId",
              (SELECT coalesce(sum(version), 0) FROM escalation WHERE title LIKE '${BENCH_TITLE} %') AS "versionSum"`,
    );
    const row = rows[0] as Record<keyof WriteCounts, string>;
    return {
      lastEventId: Number(row.lastEventId),
      lastStintId: Number(row.lastStintId),
      versionSum: Number(row.versionSum),
    };
  }

  /** What the run wrote since `before`: one event, one new stint and one version per transition. */
  async writtenSince(before: WriteCounts): Promise<WriteCheck> {
    const { rows } = await this.client.query<Record<keyof WriteCheck, string>>(
      `SELECT (SELECT count(*) FROM escalation_event WHERE id > $1 AND type IN ('escalate', 'de-escalate')) AS events,
              (SELECT count(*) FROM level_stint WHERE id > $2) AS stints,
              (SELECT coalesce(sum(version), 0) - $3 FROM escalation WHERE title LIKE '${BENCH_TITLE} %') AS versions,
              (SELECT count(*) FROM escalation e WHERE e.title LIKE '${BENCH_TITLE} %' AND
                 (SELECT count(*) FROM level_stint s WHERE s.escalation_id = e.id AND s.left_at IS NULL) <> 1) AS "brokenStints"`,
      [before.lastEventId, before.lastStintId, before.versionSum],
    );
    const row = rows[0] as Record<keyof WriteCheck, string>;
    return {
      events: Number(row.events),
      stints: Number(row.stints),
      versions: Number(row.versions),
      brokenStints: Number(row.brokenStints),
    };
  }

  async close(keep: boolean): Promise<void> {
    await this.client.end();
    if (!this.scratch) return;
    if (!keep) await this.scratch.admin.query(`DROP DATABASE IF EXISTS ${this.scratch.name} WITH (FORCE)`);
    await this.scratch.admin.end();
  }
}
