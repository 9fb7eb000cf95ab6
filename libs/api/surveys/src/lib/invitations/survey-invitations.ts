import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@ladder/api/common';
import { linkToken, tokenHash } from '@ladder/api/notifications';
import type { Severity, SurveySettings } from '@ladder/contracts';
import type { EntityManager } from 'typeorm';
import { readSurveySettings } from '../settings/survey-settings.store';
import { currentTemplate } from '../templates/survey-template.store';
import { surveyLinkKey } from './invitation-link';
import { inSample, sampleRate } from './sampling';

interface LifecycleEvent {
  id: string;
  type: 'resolve' | 'reopen';
  at: Date;
  escalation_id: string;
  severity: Severity;
  category: string;
  stakeholders: { name?: string | null; email?: string | null }[];
  /** A reopen after this resolution, already in the log: its survey would be withdrawn at once, so none is made. */
  reopened_later: boolean;
}

const EVENTS_SQL = `
  SELECT ev.id::text AS id, ev.type, ev.at, e.id AS escalation_id, e.severity, e.category, e.stakeholders,
         EXISTS (SELECT 1 FROM escalation_event r
                  WHERE r.escalation_id = e.id AND r.type = 'reopen' AND r.id > ev.id) AS reopened_later
    FROM escalation_event ev
    JOIN escalation e ON e.id = ev.escalation_id
   WHERE ev.id = ANY ($1::bigint[]) AND ev.type IN ('resolve', 'reopen')
   ORDER BY ev.id`;

/**
 * Makes and withdraws survey invitations as resolutions and reopenings are processed, in the caller's transaction
 * (the SLA scheduler's, next to the notification fan-out). Running an event again changes nothing.
 */
@Injectable()
export class SurveyInvitations {
  constructor(private readonly config: AppConfig) {}

  async forEvents(m: EntityManager, eventIds: readonly string[]): Promise<void> {
    if (eventIds.length === 0) return;
    const events = await m.query<LifecycleEvent[]>(EVENTS_SQL, [eventIds]);
    let settings: SurveySettings | null = null;
    let templateId: string | null = null;
    for (const event of events) {
      if (event.type === 'reopen') {
        await withdraw(m, event);
        continue;
      }
      settings ??= await readSurveySettings(m);
      templateId ??= (await currentTemplate(m)).id;
      await this.invite(m, event, settings, templateId);
    }
  }

  /** One invitation per stakeholder address, unless the resolution is out of the sample or the address opted out. */
  private async invite(m: EntityManager, event: LifecycleEvent, settings: SurveySettings, templateId: string) {
    if (event.reopened_later) return;
    if (!inSample(sampleRate(settings, event.severity, event.category), event.escalation_id, event.id)) return;
    const people = stakeholdersWithEmail(event.stakeholders);
    if (people.length === 0) return;
    const ids = people.map(() => randomUUID());
    const hashes = ids.map((id) => tokenHash(linkToken(this.config.sessionSecret, surveyLinkKey(id))));
    const sendAt = new Date(event.at.getTime() + settings.delayMinutes * 60_000);
    await m.query(
      `INSERT INTO survey_invitation (id, escalation_id, resolve_event_id, template_id, email, name, token_hash, send_at)
       SELECT u.id, $1, $2, $3, u.email, u.name, u.token_hash, $4
         FROM unnest($5::uuid[], $6::text[], $7::text[], $8::text[]) AS u(id, email, name, token_hash)
        WHERE NOT EXISTS (SELECT 1 FROM survey_opt_out o WHERE o.email = u.email)
       ON CONFLICT (resolve_event_id, email) DO NOTHING`,
      [
        event.escalation_id,
        event.id,
        templateId,
        sendAt,
        ids,
        people.map((p) => p.email),
        people.map((p) => p.name),
        hashes,
      ],
    );
  }
}

/** A reopened escalation's open invitations (of earlier resolutions) are withdrawn; answered ones stay answered. */
async function withdraw(m: EntityManager, reopen: LifecycleEvent): Promise<void> {
  await m.query(
    `UPDATE survey_invitation SET status = 'withdrawn', closed_at = $3
      WHERE escalation_id = $1 AND resolve_event_id < $2 AND status IN ('scheduled', 'sent')`,
    [reopen.escalation_id, reopen.id, reopen.at],
  );
}

/** Each address once, lower-cased; stakeholders without an address cannot be asked. */
function stakeholdersWithEmail(stakeholders: LifecycleEvent['stakeholders']): { email: string; name: string | null }[] {
  const people = new Map<string, string | null>();
  for (const s of stakeholders) {
    const email = s.email?.trim().toLowerCase();
    if (email && !people.has(email)) people.set(email, s.name?.trim() || null);
  }
  return [...people].map(([email, name]) => ({ email, name }));
}
