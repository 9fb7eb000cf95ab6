import type { ProcedureDrift } from '@ladder/contracts';
import {
  DRIFT_WINDOWS,
  driftFindings,
  driftPeriods,
  earlyReviewDate,
  type DriftFigures,
  type DriftPeriod,
} from '@ladder/domain';
import type { EntityManager } from 'typeorm';
import { ownersOf, sendReminder } from './procedure-reminders';
import { driftReminder } from './reminder-messages';

const DAY_MS = 86_400_000;

/** A published version is compared with its first weeks at most this often. */
export const DRIFT_CHECK_EVERY_MS = DAY_MS;

interface Candidate {
  id: string;
  version: number;
  name: string;
  published_at: Date;
  review_due_at: Date | null;
}

/**
 * Checks the next published, unflagged version due for its daily check (old enough for the two windows not to
 * overlap): claimed with SKIP LOCKED and marked checked, so instances share the work. When its latest weeks are worse
 * than its first, it is flagged (once), its review brought forward, and its owners told. Returns whether one was
 * checked, and whether it was flagged.
 */
export async function checkNextDrift(m: EntityManager, now: Date): Promise<{ checked: boolean; flagged: boolean }> {
  const version = await claimNext(m, now);
  if (!version) return { checked: false, flagged: false };
  const periods = driftPeriods(version.published_at, now);
  if (!periods) return { checked: true, flagged: false };
  const findings = driftFindings(
    await driftFigures(m, version.id, periods.baseline),
    await driftFigures(m, version.id, periods.current),
  );
  if (findings.length === 0) return { checked: true, flagged: false };
  const details: Omit<ProcedureDrift, 'flaggedAt'> = {
    baseline: { from: periods.baseline.from.toISOString(), to: periods.baseline.to.toISOString() },
    current: { from: periods.current.from.toISOString(), to: periods.current.to.toISOString() },
    findings,
  };
  const reviewDueAt = earlyReviewDate(now, version.review_due_at);
  await m.query(
    `UPDATE procedure_version
        SET drift_flagged_at = $2, drift_details = $3, review_due_at = $4, row_version = row_version + 1
      WHERE id = $1`,
    [version.id, now, JSON.stringify(details), reviewDueAt],
  );
  const owners = await ownersOf(m, version.id);
  await sendReminder(
    m,
    driftReminder({ ...version, reviewDueAt }, findings, { step: 'flagged', userIds: owners, at: now }),
  );
  return { checked: true, flagged: true };
}

async function claimNext(m: EntityManager, now: Date): Promise<Candidate | null> {
  const oldEnough = new Date(now.getTime() - (DRIFT_WINDOWS.baselineDays + DRIFT_WINDOWS.currentDays) * DAY_MS);
  const [row] = (await m.query(
    `SELECT id, version, name, published_at, review_due_at FROM procedure_version
      WHERE status = 'published' AND drift_flagged_at IS NULL AND published_at <= $1
        AND (drift_checked_at IS NULL OR drift_checked_at <= $2)
      ORDER BY version
      LIMIT 1
        FOR UPDATE SKIP LOCKED`,
    [oldEnough, new Date(now.getTime() - DRIFT_CHECK_EVERY_MS)],
  )) as Candidate[];
  if (!row) return null;
  await m.query(`UPDATE procedure_version SET drift_checked_at = $2 WHERE id = $1`, [row.id, now]);
  return row;
}

/**
 * A window's figures for the escalations under the version, from the analytics read models: finished escalations
 * opened in it and how many breached their resolution target (the SLA-breach facts), and per level the finished stays
 * that left it in the window with the 90th percentile of their business time there (wall clock until counted).
 */
export async function driftFigures(m: EntityManager, versionId: string, period: DriftPeriod): Promise<DriftFigures> {
  const [breaches] = (await m.query(
    `SELECT count(*)::int AS escalations, count(*) FILTER (WHERE b.resolution_over > 0)::int AS resolution_breaches
       FROM escalation_breach b
      WHERE b.procedure_version_id = $1 AND b.created_at >= $2 AND b.created_at < $3`,
    [versionId, period.from, period.to],
  )) as { escalations: number; resolution_breaches: number }[];
  const levels = (await m.query(
    `SELECT s.level, count(*)::int AS stays,
            percentile_cont(0.9) WITHIN GROUP (
              ORDER BY coalesce(s.business_seconds, date_part('epoch', s.left_at - s.entered_at) - s.paused_seconds)
            ) AS p90_seconds
       FROM level_stint s JOIN escalation e ON e.id = s.escalation_id
      WHERE e.procedure_version_id = $1 AND s.left_at >= $2 AND s.left_at < $3
      GROUP BY s.level
      ORDER BY s.level`,
    [versionId, period.from, period.to],
  )) as { level: number; stays: number; p90_seconds: number }[];
  return {
    escalations: breaches?.escalations ?? 0,
    resolutionBreaches: breaches?.resolution_breaches ?? 0,
    levels: levels.map((row) => ({ level: row.level, stays: row.stays, p90Seconds: row.p90_seconds })),
  };
}
