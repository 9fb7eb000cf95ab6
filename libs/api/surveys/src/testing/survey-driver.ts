import type { FrozenClock } from '@ladder/api/common';
import { EscalationsModule } from '@ladder/api/escalations';
import { DeliveryDispatcher, NotificationsModule } from '@ladder/api/notifications';
import { createTestApp, EscalationClient, SmtpReceiver, type TestApp } from '@ladder/api/testing';
import type { CreateEscalation, Escalation } from '@ladder/contracts';
import type { ParsedMail } from 'mailparser';
import { SurveyDispatcher } from '../lib/dispatch/survey-dispatcher';
import { SurveyInvitations } from '../lib/invitations/survey-invitations';
import { SurveysModule } from '../lib/surveys.module';

export const PUBLIC_URL = 'https://ladder.test';
const LINK = /https:\/\/ladder\.test\/survey\/([A-Za-z0-9_-]{43})(?!\/)/;

/**
 * An app with surveys and the outbox on a frozen clock, a real SMTP receiver, and the work the scheduler and
 * dispatchers do in the background run by hand: process an escalation's events, dispatch surveys, deliver emails.
 */
export class SurveyDriver {
  private constructor(
    readonly t: TestApp,
    readonly smtp: SmtpReceiver,
    readonly manager: EscalationClient,
  ) {}

  static async start(clock: FrozenClock): Promise<SurveyDriver> {
    const smtp = new SmtpReceiver();
    await smtp.start();
    const t = await createTestApp({
      imports: [EscalationsModule, NotificationsModule, SurveysModule],
      clock,
      env: { SMTP_URL: smtp.url, PUBLIC_URL },
    });
    return new SurveyDriver(t, smtp, await EscalationClient.as(t, 'manager@ladder.demo'));
  }

  async stop(): Promise<void> {
    await this.t.close();
    await this.smtp.stop();
  }

  /** Opens an escalation (S2 by default) and resolves it now. */
  async resolved(overrides: Partial<CreateEscalation> = {}): Promise<Escalation> {
    const e = await this.manager.create({
      stakeholders: [{ name: 'Pat Client', email: 'pat@client.test' }],
      ...overrides,
    });
    return this.manager.ok(e.id, 'resolve', { version: e.version, summary: 'Concentrator replaced' });
  }

  /** Runs survey invitations for every event of the escalation, each in a transaction, as the scheduler does. */
  async process(escalationId: string): Promise<void> {
    const invitations = this.t.app.get(SurveyInvitations);
    const events = await this.t.dataSource.query<{ id: string }[]>(
      `SELECT id::text FROM escalation_event WHERE escalation_id = $1 ORDER BY id`,
      [escalationId],
    );
    for (const { id } of events) await this.t.dataSource.transaction((m) => invitations.forEvents(m, [id]));
  }

  dispatch(): Promise<number> {
    return this.t.app.get(SurveyDispatcher).dispatchDue();
  }

  /** Delivers every due outbox email to the SMTP receiver. */
  async deliver(): Promise<void> {
    while ((await this.t.app.get(DeliveryDispatcher).dispatchDue()) > 0);
  }

  /** Survey emails the receiver got for an address (not the status emails), oldest first. */
  surveyMails(address: string): ParsedMail[] {
    return this.smtp.mails.filter(
      (m) => JSON.stringify(m.to).includes(address) && (m.subject ?? '').toLowerCase().includes('how did we do'),
    );
  }

  /** The token in an email's survey link, as the stakeholder would click it. */
  tokenIn(mail: ParsedMail | undefined): string {
    const token = LINK.exec(mail?.text ?? '')?.[1];
    if (!token) throw new Error(`no survey link in ${mail?.text ?? 'no mail'}`);
    return token;
  }

  invitations(escalationId: string) {
    return this.t.dataSource.query<
      {
        email: string;
        name: string | null;
        status: string;
        send_at: Date;
        sent_at: Date | null;
        remind_at: Date | null;
        reminded_at: Date | null;
        expires_at: Date | null;
        closed_at: Date | null;
        template_id: string;
      }[]
    >(
      `SELECT email, name, status, send_at, sent_at, remind_at, reminded_at, expires_at, closed_at, template_id
         FROM survey_invitation WHERE escalation_id = $1 ORDER BY created_at, email`,
      [escalationId],
    );
  }

  survey(token: string) {
    return this.t.http.get(`/api/surveys/public/${token}`);
  }

  answer(token: string, answers: Record<string, unknown>) {
    return this.t.http.post(`/api/surveys/public/${token}/responses`).send({ answers });
  }
}
