import { Injectable } from '@nestjs/common';
import { AppConfig, Clock } from '@ladder/api/common';
import { ProceduresService } from '@ladder/api/procedures';
import { notificationRecipients, type Recipient } from '@ladder/domain';
import type { EntityManager } from 'typeorm';
import { readFanoutContexts, unacknowledgedMinutes, type FanoutContext } from './fanout-context';
import { inAppMessage, staffMessage, stakeholderMessage, type MessageFacts } from './notification-message';
import { stakeholderToken, tokenHash } from './stakeholder-token';

/** One outbox row as the fan-out writes it. */
interface OutboxRow {
  escalationId: string;
  eventId: string;
  channel: Recipient['channel'];
  recipient: string;
  recipientName: string;
  userId: string | null;
  subject: string;
  bodyText: string;
  bodyHtml: string | null;
  link: string;
}

const COLUMNS = 11;
/** Rows per INSERT: PostgreSQL takes at most 65,535 parameters a statement. */
const INSERT_CHUNK = 2000;

/**
 * Writes the notifications an event causes into the outbox, in the caller's transaction (the scheduler's, which
 * processes the event's job), so they exist exactly when the event is processed. Idempotent per event.
 */
@Injectable()
export class NotificationFanoutService {
  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly procedures: ProceduresService,
  ) {}

  forEvent(m: EntityManager, eventId: string): Promise<void> {
    return this.forEvents(m, [eventId]);
  }

  /** The notifications of many events at once: a handful of statements, whatever the number of events. */
  async forEvents(m: EntityManager, eventIds: readonly string[]): Promise<void> {
    const rows: OutboxRow[] = [];
    for (const context of await readFanoutContexts(m, eventIds)) rows.push(...(await this.rowsFor(m, context)));
    for (let from = 0; from < rows.length; from += INSERT_CHUNK)
      await this.insert(m, rows.slice(from, from + INSERT_CHUNK));
  }

  private async rowsFor(m: EntityManager, context: FanoutContext): Promise<OutboxRow[]> {
    const { event } = context;
    const { definition } = await this.procedures.byId(event.procedure_version_id, m);
    const level = event.to_level ?? event.level;
    const recipients = notificationRecipients({
      event: { type: event.type, visibility: event.visibility, actorId: event.actor_id, details: event.details },
      escalation: {
        severity: event.severity,
        level,
        unacknowledgedMinutes: unacknowledgedMinutes(event),
        stakeholders: event.stakeholders,
      },
      levels: definition.levels,
      assignee: context.assignee,
      teamAgents: context.teamAgents,
      team: { name: context.team.name, webhookUrl: context.team.webhook_url },
    });
    const facts: MessageFacts = {
      escalation: {
        id: event.escalation_id,
        number: event.number,
        title: event.title,
        severity: event.severity,
        level,
        levelName: definition.levels.find((l) => l.level === level)?.name ?? `Level ${level}`,
      },
      event: { type: event.type, body: event.body, details: event.details },
    };
    const rows: Omit<OutboxRow, 'escalationId' | 'eventId'>[] = [];
    for (const recipient of recipients) rows.push(await this.outboxRow(m, facts, recipient));
    return rows.map((row) => ({ ...row, escalationId: event.escalation_id, eventId: event.id }));
  }

  private async outboxRow(
    m: EntityManager,
    facts: MessageFacts,
    r: Recipient,
  ): Promise<Omit<OutboxRow, 'escalationId' | 'eventId'>> {
    const path = `/escalations/${facts.escalation.id}`;
    const url = `${this.config.notifications.publicUrl}${path}`;
    switch (r.channel) {
      case 'in-app': {
        const { subject, body } = inAppMessage(facts);
        const to = { recipient: r.user.email, recipientName: r.user.name, userId: r.user.id };
        return { channel: r.channel, ...to, subject, bodyText: body, bodyHtml: null, link: path };
      }
      case 'email': {
        const stakeholder = r.audience === 'stakeholder';
        const link = stakeholder ? await this.statusLink(m, facts.escalation.id, r.address) : url;
        const message = stakeholder ? stakeholderMessage(facts, r.name, link) : staffMessage(facts, link);
        const to = { recipient: r.address, recipientName: r.name, userId: null };
        return {
          channel: r.channel,
          ...to,
          subject: message.subject,
          bodyText: message.text,
          bodyHtml: message.html,
          link,
        };
      }
      case 'webhook': {
        const message = staffMessage(facts, url);
        const to = { recipient: r.address, recipientName: r.name, userId: null };
        return {
          channel: r.channel,
          ...to,
          subject: message.subject,
          bodyText: message.text,
          bodyHtml: null,
          link: url,
        };
      }
    }
  }

  /** The stakeholder's status page link; its token's hash is what the status route looks up. */
  private async statusLink(m: EntityManager, escalationId: string, email: string): Promise<string> {
    const token = stakeholderToken(this.config.sessionSecret, escalationId, email);
    await m.query(
      `INSERT INTO stakeholder_link (token_hash, escalation_id, email) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [tokenHash(token), escalationId, email],
    );
    return `${this.config.notifications.publicUrl}/status/${token}`;
  }

  private async insert(m: EntityManager, rows: readonly OutboxRow[]): Promise<void> {
    if (rows.length === 0) return;
    const now = this.clock.now();
    const params: unknown[] = [];
    const nowParam = `$${rows.length * COLUMNS + 1}::timestamptz`;
    const tuples = rows.map((row, i) => {
      const inApp = row.channel === 'in-app';
      params.push(
        row.escalationId,
        row.eventId,
        row.channel,
        row.recipient,
        row.recipientName,
        row.userId,
        row.subject,
      );
      params.push(row.bodyText, row.bodyHtml, row.link, inApp ? 'sent' : 'pending');
      const values = Array.from({ length: COLUMNS }, (_, n) => `$${i * COLUMNS + n + 1}`);
      return `(${values.join(', ')}, ${nowParam}, ${inApp ? nowParam : 'NULL'})`;
    });
    params.push(now);
    await m.query(
      `INSERT INTO notification (escalation_id, event_id, channel, recipient, recipient_name, user_id, subject, body_text,
                                 body_html, link, status, next_attempt_at, sent_at)
       VALUES ${tuples.join(',\n')}
       ON CONFLICT (event_id, channel, recipient) DO NOTHING`,
      params,
    );
  }
}
