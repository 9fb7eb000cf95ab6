/**
 * Each report's main figures computed by plain SQL over the raw event table alone (plus the escalation's severity),
 * the way a report is written without read models: the baseline the bench compares the API with. $1, $2: the range.
 */
export const RAW_EVENT_REPORTS: Record<string, string> = {
  'time-at-level': `
    WITH moves AS (
      SELECT ev.escalation_id, ev.to_level AS level, ev.team_id, ev.at AS entered_at,
             lead(ev.at) OVER (PARTITION BY ev.escalation_id ORDER BY ev.at, ev.id) AS left_at
        FROM escalation_event ev WHERE ev.type IN ('created', 'escalate', 'de-escalate', 'resolve'))
    SELECT level, team_id, count(*), avg(date_part('epoch', left_at - entered_at)),
           percentile_cont(ARRAY[0.5, 0.9, 0.95]) WITHIN GROUP (ORDER BY date_part('epoch', left_at - entered_at))
      FROM moves WHERE left_at >= $1 AND left_at < $2 AND level IS NOT NULL GROUP BY level, team_id`,
  bottlenecks: `
    WITH moves AS (
      SELECT ev.escalation_id, ev.to_level AS level, ev.team_id, ev.at AS entered_at,
             lead(ev.at) OVER (PARTITION BY ev.escalation_id ORDER BY ev.at, ev.id) AS left_at
        FROM escalation_event ev WHERE ev.type IN ('created', 'escalate', 'de-escalate', 'resolve'))
    SELECT m.level, m.team_id, count(*),
           sum(greatest(date_part('epoch', m.left_at - m.entered_at) / 3600
               - (l.value -> 'budgetMinutes' ->> e.severity)::float8 / 60, 0)) AS hours_over
      FROM moves m JOIN escalation e ON e.id = m.escalation_id
      JOIN procedure_version pv ON pv.id = e.procedure_version_id
      JOIN LATERAL jsonb_array_elements(pv.definition -> 'levels') l ON (l.value ->> 'level')::int = m.level
     WHERE m.left_at >= $1 AND m.left_at < $2 GROUP BY m.level, m.team_id ORDER BY hours_over DESC LIMIT 10`,
  'sla-breaches': `
    SELECT date_trunc('week', c.at) AS week, e.severity, count(*),
           count(*) FILTER (WHERE ack.at > e.response_due_at) AS response,
           count(*) FILTER (WHERE res.at > e.resolution_due_at) AS resolution
      FROM escalation_event c JOIN escalation e ON e.id = c.escalation_id
      LEFT JOIN LATERAL (SELECT min(at) AS at FROM escalation_event a
                          WHERE a.escalation_id = c.escalation_id AND a.type = 'acknowledge') ack ON true
      LEFT JOIN LATERAL (SELECT max(at) AS at FROM escalation_event r
                          WHERE r.escalation_id = c.escalation_id AND r.type = 'resolve') res ON true
     WHERE c.type = 'created' AND c.at >= $1 AND c.at < $2 GROUP BY 1, 2`,
  flow: `
    SELECT ev.from_level, ev.to_level, count(*) FROM escalation_event ev
      JOIN escalation_event c ON c.escalation_id = ev.escalation_id AND c.type = 'created'
     WHERE ev.type IN ('escalate', 'de-escalate') AND c.at >= $1 AND c.at < $2 GROUP BY 1, 2`,
  load: `
    SELECT extract(isodow FROM at AT TIME ZONE 'UTC'), extract(hour FROM at AT TIME ZONE 'UTC'), count(*)
      FROM escalation_event WHERE type = 'created' AND at >= $1 AND at < $2 GROUP BY 1, 2`,
  survival: `
    SELECT e.severity, percentile_cont(0.5) WITHIN GROUP (ORDER BY date_part('epoch', r.at - c.at))
      FROM escalation_event c JOIN escalation e ON e.id = c.escalation_id
      JOIN escalation_event r ON r.escalation_id = c.escalation_id AND r.type = 'resolve'
     WHERE c.type = 'created' AND c.at >= $1 AND c.at < $2 GROUP BY 1`,
};
