import type { MigrationInterface, QueryRunner } from 'typeorm';
import { EscalationActFunction1764208800000 } from './1764208800000-escalation-act-function';

/**
 * `escalation_act` v2: events written by the scheduler and by trigger rules say why (`reason`, `details`), and
 * the escalation it returns carries its SLA summary (`next_due_at`, `sla_state`). Otherwise as in 1764208800000.
 */
export class EscalationActReason1764460800001 implements MigrationInterface {
  name = 'EscalationActReason1764460800001';

  async up(db: QueryRunner): Promise<void> {
    await new EscalationActFunction1764208800000().down(db);
    await db.query(`
CREATE FUNCTION escalation_act(
        p_id uuid, p_action text, p_allowed text[], p_to_status text, p_version integer,
        p_actor uuid, p_channel text, p_at timestamptz, p_body text, p_visibility text,
        p_assignee uuid, p_to_level integer, p_team_id uuid, p_reason text, p_details jsonb
      ) RETURNS TABLE (
        outcome text, problem text,
        id uuid, number bigint, title text, description text, category text, affected_service text,
        impact text, urgency text, severity text, status text, level integer, team_id uuid, team_name text,
        assignee_id uuid, assignee_name text, procedure_version_id uuid, procedure_version integer, source text,
        stakeholders jsonb, created_at timestamptz, updated_at timestamptz, acknowledged_at timestamptz,
        resolved_at timestamptz, closed_at timestamptz, resolution_summary text, response_due_at timestamptz,
        resolution_due_at timestamptz, next_due_at timestamptz, sla_state text, version integer
      ) LANGUAGE plpgsql AS $fn$
      #variable_conflict use_column
      DECLARE
        cur escalation%ROWTYPE;
        v_at timestamptz;
        v_status text;
        v_level integer;
        v_team uuid;
        v_def jsonb;
        v_rung jsonb;
        v_moves boolean := p_action IN ('escalate', 'de-escalate');
      BEGIN
        SELECT * INTO cur FROM escalation e WHERE e.id = p_id FOR UPDATE;
        IF NOT FOUND THEN
          outcome := 'not_found'; problem := format('escalation %s does not exist', p_id);
          RETURN NEXT; RETURN;
        END IF;
        status := cur.status; version := cur.version;
        IF p_version IS NOT NULL AND p_version <> cur.version THEN
          outcome := 'stale_version';
          problem := format('escalation changed since version %s; it is at version %s', p_version, cur.version);
          RETURN NEXT; RETURN;
        END IF;
        IF NOT cur.status = ANY (p_allowed) THEN
          outcome := 'illegal_transition';
          problem := format('cannot %s an escalation that is %s', p_action, cur.status);
          RETURN NEXT; RETURN;
        END IF;

        IF v_moves THEN
          SELECT pv.definition INTO v_def FROM procedure_version pv WHERE pv.id = cur.procedure_version_id;
          SELECT CASE WHEN p_action = 'escalate' THEN min((l->>'level')::int) ELSE max((l->>'level')::int) END
            INTO v_level
            FROM jsonb_array_elements(v_def->'levels') l
           WHERE (p_to_level IS NULL OR (l->>'level')::int = p_to_level)
             AND CASE WHEN p_action = 'escalate' THEN (l->>'level')::int > cur.level
                      ELSE (l->>'level')::int < cur.level END;
          IF v_level IS NULL THEN
            outcome := 'invalid_level';
            problem := CASE WHEN p_to_level IS NULL
              THEN format('level %s has no level %s it', cur.level, CASE WHEN p_action = 'escalate' THEN 'above' ELSE 'below' END)
              ELSE format('cannot %s from level %s to level %s', p_action, cur.level, p_to_level) END;
            RETURN NEXT; RETURN;
          END IF;
          SELECT l INTO v_rung FROM jsonb_array_elements(v_def->'levels') l WHERE (l->>'level')::int = v_level;
          IF p_team_id IS NOT NULL THEN
            IF NOT (v_rung->'teamIds') ? p_team_id::text THEN
              outcome := 'invalid_level';
              problem := format('team %s does not work level %s', p_team_id, v_level);
              RETURN NEXT; RETURN;
            END IF;
            v_team := p_team_id;
          ELSE
            SELECT (r->>'teamId')::uuid INTO v_team FROM jsonb_array_elements(v_def->'routes') r
             WHERE (r->>'level')::int = v_level AND r->>'category' = cur.category LIMIT 1;
            v_team := coalesce(v_team, (v_rung->>'defaultTeamId')::uuid);
          END IF;
        END IF;

        IF p_action = 'assign' AND p_assignee IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM app_user u WHERE u.id = p_assignee) THEN
          outcome := 'invalid_assignee'; problem := format('user %s does not exist', p_assignee);
          RETURN NEXT; RETURN;
        END IF;

        v_at := coalesce(p_at, clock_timestamp());
        v_status := coalesce(p_to_status, cur.status);
        UPDATE escalation e SET
          status = v_status,
          version = e.version + 1,
          updated_at = v_at,
          level = coalesce(v_level, e.level),
          team_id = coalesce(v_team, e.team_id),
          assignee_id = CASE WHEN p_action = 'assign' THEN p_assignee WHEN v_moves THEN NULL ELSE e.assignee_id END,
          acknowledged_at = CASE WHEN p_action = 'acknowledge' THEN coalesce(e.acknowledged_at, v_at) ELSE e.acknowledged_at END,
          resolved_at = CASE p_action WHEN 'resolve' THEN v_at WHEN 'reopen' THEN NULL ELSE e.resolved_at END,
          resolution_summary = CASE p_action WHEN 'resolve' THEN p_body WHEN 'reopen' THEN NULL ELSE e.resolution_summary END,
          closed_at = CASE WHEN p_action = 'close' THEN v_at ELSE e.closed_at END
        WHERE e.id = p_id;

        INSERT INTO escalation_event
          (escalation_id, type, at, actor_id, from_status, to_status, from_level, to_level, team_id, assignee_id,
           body, visibility, channel, reason, details)
        VALUES
          (p_id, p_action, v_at, p_actor, cur.status, v_status,
           CASE WHEN v_moves THEN cur.level END, v_level, coalesce(v_team, cur.team_id),
           CASE WHEN p_action = 'assign' THEN p_assignee END, p_body, p_visibility, p_channel, p_reason, p_details);

        CASE p_action
          WHEN 'assign' THEN
            UPDATE level_stint s SET assignee_id = p_assignee WHERE s.escalation_id = p_id AND s.left_at IS NULL;
          WHEN 'acknowledge' THEN
            UPDATE level_stint s SET first_response_at = coalesce(s.first_response_at, v_at)
             WHERE s.escalation_id = p_id AND s.left_at IS NULL;
          WHEN 'wait' THEN
            UPDATE level_stint s SET paused_since = v_at WHERE s.escalation_id = p_id AND s.left_at IS NULL;
          WHEN 'resume' THEN
            UPDATE level_stint s
               SET paused_seconds = s.paused_seconds + date_part('epoch', v_at - s.paused_since), paused_since = NULL
             WHERE s.escalation_id = p_id AND s.left_at IS NULL AND s.paused_since IS NOT NULL;
          WHEN 'escalate', 'de-escalate', 'resolve' THEN
            UPDATE level_stint s
               SET left_at = v_at,
                   exit = CASE p_action WHEN 'escalate' THEN 'escalated' WHEN 'de-escalate' THEN 'de-escalated' ELSE 'resolved' END,
                   paused_seconds = s.paused_seconds + coalesce(date_part('epoch', v_at - s.paused_since), 0),
                   paused_since = NULL
             WHERE s.escalation_id = p_id AND s.left_at IS NULL;
          ELSE NULL;
        END CASE;
        IF v_moves OR p_action = 'reopen' THEN
          INSERT INTO level_stint (escalation_id, level, team_id, assignee_id, entered_at)
          VALUES (p_id, coalesce(v_level, cur.level), coalesce(v_team, cur.team_id),
                  CASE WHEN v_moves THEN NULL ELSE cur.assignee_id END, v_at);
        END IF;

        RETURN QUERY
          SELECT 'ok'::text, NULL::text, e.id, e.number, e.title, e.description, e.category, e.affected_service,
                 e.impact, e.urgency, e.severity, e.status, e.level, e.team_id, t.name, e.assignee_id, u.name,
                 e.procedure_version_id, pv.version, e.source, e.stakeholders, e.created_at, e.updated_at,
                 e.acknowledged_at, e.resolved_at, e.closed_at, e.resolution_summary, e.response_due_at,
                 e.resolution_due_at, e.next_due_at, e.sla_state, e.version
            FROM escalation e
            JOIN team t ON t.id = e.team_id
            JOIN procedure_version pv ON pv.id = e.procedure_version_id
            LEFT JOIN app_user u ON u.id = e.assignee_id
           WHERE e.id = p_id;
      END $fn$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `DROP FUNCTION escalation_act(uuid, text, text[], text, integer, uuid, text, timestamptz, text, text, uuid, integer, uuid, text, jsonb)`,
    );
    await new EscalationActFunction1764208800000().up(db);
  }
}
