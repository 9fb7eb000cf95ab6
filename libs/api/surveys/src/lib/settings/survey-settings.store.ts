import type { SurveySettings } from '@ladder/contracts';
import type { DataSource, EntityManager } from 'typeorm';

interface SettingsRow {
  delay_minutes: number;
  expiry_days: number;
  reminder_after_days: number;
  sample_by_severity: SurveySettings['sampleBySeverity'];
  sample_by_category: SurveySettings['sampleByCategory'];
  anonymous: boolean;
  low_score_threshold: number;
  version: number;
}

const toSettings = (r: SettingsRow): SurveySettings => ({
  delayMinutes: r.delay_minutes,
  expiryDays: r.expiry_days,
  reminderAfterDays: r.reminder_after_days,
  sampleBySeverity: r.sample_by_severity,
  sampleByCategory: r.sample_by_category,
  anonymous: r.anonymous,
  lowScoreThreshold: r.low_score_threshold,
  version: r.version,
});

/** The one row of survey settings (the migration inserts it); `lock` holds it for an update in the same transaction. */
export async function readSurveySettings(db: DataSource | EntityManager, lock = false): Promise<SurveySettings> {
  const [row] = await db.query<SettingsRow[]>(
    `SELECT delay_minutes, expiry_days, reminder_after_days, sample_by_severity, sample_by_category, anonymous,
            low_score_threshold, version
       FROM survey_settings WHERE id = 1 ${lock ? 'FOR UPDATE' : ''}`,
  );
  if (!row) throw new Error('survey_settings has no row: the surveys migration inserts it');
  return toSettings(row);
}

export async function writeSurveySettings(
  m: EntityManager,
  s: SurveySettings,
  at: Date,
  userId: string,
): Promise<SurveySettings> {
  await m.query(
    `UPDATE survey_settings
        SET delay_minutes = $1, expiry_days = $2, reminder_after_days = $3, sample_by_severity = $4,
            sample_by_category = $5, anonymous = $6, low_score_threshold = $7, version = version + 1,
            updated_at = $8, updated_by = $9
      WHERE id = 1`,
    [
      s.delayMinutes,
      s.expiryDays,
      s.reminderAfterDays,
      JSON.stringify(s.sampleBySeverity),
      JSON.stringify(s.sampleByCategory),
      s.anonymous,
      s.lowScoreThreshold,
      at,
      userId,
    ],
  );
  return readSurveySettings(m);
}
