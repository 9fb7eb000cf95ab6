import type { Severity, SurveyGroupBy } from '@ladder/contracts';
import { ESCALATION_REACHED_FILTERS } from './report-filters';
import { liveBreachCtes, POPULATION_COLUMNS } from './sla-breaches.sql';

/** Per dimension: the group's key, its label (null: named in code) and the number it is ordered by before the label. */
const GROUPS: Record<SurveyGroupBy, { key: string; label: string; order: string }> = {
  team: { key: 'e.team_id::text', label: 't.name', order: '0' },
  level: { key: 'h.level::text', label: 'NULL::text', order: 'h.level' },
  severity: { key: 'e.severity', label: 'e.severity', order: '0' },
  category: { key: 'e.category', label: 'e.category', order: '0' },
  procedureVersion: { key: 'pv.id::text', label: `'v' || pv.version`, order: 'pv.version' },
};

/** Seconds stint `s` spent at its level up to now ($9), pauses excluded (the wall clock of time at level). */
const STINT_SECONDS = `date_part('epoch', coalesce(s.left_at, $9::timestamptz) - s.entered_at) - s.paused_seconds
  - coalesce(date_part('epoch', $9::timestamptz - s.paused_since), 0)`;

/**
 * The responded escalations whose breach figures are computed live: those the breach read model has no settled facts
 * for (not finished, or queued as missing or out of date); the others are read from `escalation_breach`, which holds
 * what the same live SQL computed once they were finished.
 */
const LIVE_ESCALATIONS = `
  SELECT ${POPULATION_COLUMNS} FROM escalation e
   WHERE e.id IN (SELECT escalation_id FROM responded)
     AND NOT EXISTS (SELECT 1 FROM escalation_breach f WHERE f.id = e.id
                        AND NOT EXISTS (SELECT 1 FROM escalation_breach_pending q WHERE q.escalation_id = e.id))`;

/**
 * The survey report in one statement (JSON arrays), over the invitations created in the range ($1, $2) whose
 * escalation the filters keep ($3..$8, `level` a level it reached), at now ($9):
 * - `groups`: invitations by status and responses' overall scores per group of `groupBy`;
 * - `answers`: answers per group x question key x value, each under the kind its own template version gives the
 *   key (ratings as numbers, choices as values, text counted when not blank, values not of that kind left out);
 * - `templates`: the template versions the responses were given;
 * - `drivers`: overall scores per factor and side (n, mean, sample variance); time at a level over $10 seconds;
 * - `comments`: the non-blank text answers, newest first, at most 200, with an overall score at most $11 and holding
 *   $12 (case-insensitive) when given; no respondent when surveys are anonymous.
 */
export function surveyReportSql(groupBy: SurveyGroupBy): string {
  const group = GROUPS[groupBy];
  return `
  WITH invited AS MATERIALIZED (
    SELECT i.id, i.escalation_id, i.status, i.name, i.email, h.level AS highest_level,
           ${group.key} AS group_key, ${group.label} AS group_label, ${group.order} AS group_order
      FROM survey_invitation i
      JOIN escalation e ON e.id = i.escalation_id
      JOIN team t ON t.id = e.team_id
      JOIN procedure_version pv ON pv.id = e.procedure_version_id
      CROSS JOIN LATERAL (
        SELECT greatest(e.level, (SELECT max(s.level) FROM level_stint s WHERE s.escalation_id = e.id)) AS level) h
     WHERE i.created_at >= $1 AND i.created_at < $2 AND ${ESCALATION_REACHED_FILTERS}),
  response AS MATERIALIZED (
    SELECT v.*, r.template_id, r.answers, r.overall, r.submitted_at
      FROM invited v JOIN survey_response r ON r.invitation_id = v.id),
  responded AS (
    SELECT escalation_id, highest_level, overall FROM response WHERE overall IS NOT NULL),
  ${liveBreachCtes(LIVE_ESCALATIONS, '$9::timestamptz')},
  breach AS (
    SELECT f.id, f.response_over, f.resolution_over, f.update_cadence_over
      FROM escalation_breach f
     WHERE f.id IN (SELECT escalation_id FROM responded)
       AND NOT EXISTS (SELECT 1 FROM escalation_breach_pending q WHERE q.escalation_id = f.id)
    UNION ALL
    SELECT id, response_over, resolution_over, update_cadence_over FROM live_breach),
  time_at_level AS (
    SELECT s.escalation_id, s.level, sum(${STINT_SECONDS}) AS seconds
      FROM (SELECT DISTINCT escalation_id FROM responded) x
      JOIN level_stint s ON s.escalation_id = x.escalation_id
     GROUP BY s.escalation_id, s.level),
  side AS (
    SELECT 'levels-climbed' AS factor, l.level, r.highest_level >= l.level AS exposed, r.overall
      FROM responded r CROSS JOIN (SELECT DISTINCT level FROM time_at_level WHERE level >= 2) l
    UNION ALL
    SELECT 'time-at-level', t.level, t.seconds > $10, r.overall
      FROM responded r JOIN time_at_level t ON t.escalation_id = r.escalation_id
    UNION ALL
    SELECT 'breach', NULL, coalesce(b.response_over > 0 OR b.resolution_over > 0, false), r.overall
      FROM responded r LEFT JOIN breach b ON b.id = r.escalation_id
    UNION ALL
    SELECT 'update-cadence', NULL, coalesce(b.update_cadence_over > 0, false), r.overall
      FROM responded r LEFT JOIN breach b ON b.id = r.escalation_id),
  answer AS (
    SELECT r.group_key, a.key, q.kind, CASE WHEN q.kind = 'text' THEN NULL ELSE a.value #>> '{}' END AS value
      FROM response r
      JOIN survey_template st ON st.id = r.template_id
      CROSS JOIN jsonb_each(r.answers) a
      CROSS JOIN LATERAL (
        SELECT q ->> 'kind' AS kind FROM jsonb_array_elements(st.definition -> 'questions') q
         WHERE q ->> 'key' = a.key LIMIT 1) q
     WHERE CASE q.kind
             WHEN 'rating' THEN jsonb_typeof(a.value) = 'number'
             WHEN 'choice' THEN jsonb_typeof(a.value) = 'string'
             ELSE jsonb_typeof(a.value) = 'string' AND btrim(a.value #>> '{}') <> '' END),
  comment AS (
    SELECT r.submitted_at AS responded_at, e.id AS escalation_id, e.number::int AS number, e.title,
           t.name AS team_name, e.severity, r.highest_level, r.overall AS score, q.question ->> 'prompt' AS question,
           r.answers ->> (q.question ->> 'key') AS text,
           CASE WHEN s.anonymous THEN NULL ELSE r.name END AS respondent_name,
           CASE WHEN s.anonymous THEN NULL ELSE r.email END AS respondent_email, r.id AS invitation_id, q.n
      FROM response r
      JOIN escalation e ON e.id = r.escalation_id
      JOIN team t ON t.id = e.team_id
      JOIN survey_template st ON st.id = r.template_id
      CROSS JOIN jsonb_array_elements(st.definition -> 'questions') WITH ORDINALITY q (question, n)
      CROSS JOIN survey_settings s
     WHERE q.question ->> 'kind' = 'text'
       AND jsonb_typeof(r.answers -> (q.question ->> 'key')) = 'string'
       AND btrim(r.answers ->> (q.question ->> 'key')) <> ''
       AND ($11::int IS NULL OR r.overall <= $11::int)
       AND ($12::text IS NULL OR strpos(lower(r.answers ->> (q.question ->> 'key')), lower($12::text)) > 0)
     ORDER BY r.submitted_at DESC, r.id, q.n
     LIMIT 200)
  SELECT (SELECT anonymous FROM survey_settings) AS anonymous,
         (SELECT coalesce(json_agg(g ORDER BY g.group_order, g.label, g.key), '[]') FROM (
            SELECT group_key AS key, group_label AS label, group_order, count(*)::int AS invited,
                   count(*) FILTER (WHERE v.status IN ('scheduled', 'sent'))::int AS pending,
                   count(*) FILTER (WHERE v.status = 'answered')::int AS answered,
                   count(*) FILTER (WHERE v.status = 'expired')::int AS expired,
                   count(*) FILTER (WHERE v.status = 'withdrawn')::int AS withdrawn,
                   count(*) FILTER (WHERE v.status = 'opted-out')::int AS opted_out,
                   count(r.overall)::int AS responses,
                   count(*) FILTER (WHERE r.overall >= 4)::int AS satisfied,
                   coalesce(sum(r.overall), 0)::int AS score_sum
              FROM invited v LEFT JOIN survey_response r ON r.invitation_id = v.id
             GROUP BY group_key, group_label, group_order) g) AS groups,
         (SELECT coalesce(json_agg(a), '[]') FROM (
            SELECT group_key, key, kind, value, count(*)::int AS count FROM answer
             GROUP BY group_key, key, kind, value) a) AS answers,
         (SELECT coalesce(json_agg(json_build_object('version', st.version, 'definition', st.definition)), '[]')
            FROM survey_template st WHERE st.id IN (SELECT template_id FROM response)) AS templates,
         (SELECT coalesce(json_agg(d), '[]') FROM (
            SELECT factor, level, exposed, count(*)::int AS n, avg(overall)::float8 AS mean,
                   coalesce(var_samp(overall), 0)::float8 AS variance
              FROM side GROUP BY factor, level, exposed) d) AS drivers,
         (SELECT coalesce(json_agg(c ORDER BY c.responded_at DESC, c.invitation_id, c.n), '[]') FROM comment c)
           AS comments`;
}

export interface SurveyGroupRow {
  key: string;
  label: string | null;
  invited: number;
  pending: number;
  answered: number;
  expired: number;
  withdrawn: number;
  opted_out: number;
  responses: number;
  satisfied: number;
  score_sum: number;
}

export interface SurveyAnswerRow {
  group_key: string;
  key: string;
  kind: 'rating' | 'choice' | 'text';
  /** The rating or choice's value as text; null for text answers. */
  value: string | null;
  count: number;
}

export interface SurveyTemplateRow {
  version: number;
  definition: unknown;
}

export interface SurveyDriverRow {
  factor: 'levels-climbed' | 'time-at-level' | 'breach' | 'update-cadence';
  level: number | null;
  exposed: boolean;
  n: number;
  mean: number;
  variance: number;
}

export interface SurveyCommentRow {
  /** As JSON gives a timestamptz: to be read with Date. */
  responded_at: string;
  escalation_id: string;
  number: number;
  title: string;
  team_name: string;
  severity: Severity;
  highest_level: number;
  score: number | null;
  question: string;
  text: string;
  respondent_name: string | null;
  respondent_email: string | null;
}

export interface SurveyReportRow {
  anonymous: boolean;
  groups: SurveyGroupRow[];
  answers: SurveyAnswerRow[];
  templates: SurveyTemplateRow[];
  drivers: SurveyDriverRow[];
  comments: SurveyCommentRow[];
}
