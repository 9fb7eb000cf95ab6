import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, Clock, PollingLoop } from '@ladder/api/common';
import { DataSource, type EntityManager } from 'typeorm';
import { readSurveySettings } from '../settings/survey-settings.store';
import { claimDueInvitations, claimDueReminders, expireOverdue, queueSurveyEmail } from './due-invitations';
import { surveyEmail } from './survey-email';

/** Invitations of each kind handled per round; a full batch means more are due, so the next round starts at once. */
export const SURVEY_BATCH = 50;

const DAY_MS = 86_400_000;

/**
 * Moves invitations along every `scheduler.pollMs`: sends those due (into the notification outbox, which delivers
 * them), sends the one reminder, and expires the unanswered. One transaction a round, so an invitation's status and
 * its email are written together or not at all.
 */
@Injectable()
export class SurveyDispatcher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly loop: PollingLoop;

  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
  ) {
    const round = async () => (await this.dispatchDue()) === SURVEY_BATCH;
    this.loop = new PollingLoop(config.scheduler.pollMs, round, new Logger(SurveyDispatcher.name));
  }

  onApplicationBootstrap(): void {
    if (this.config.scheduler.enabled) this.loop.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.loop.stop();
  }

  /** One round; returns the largest number of invitations one of its steps handled. */
  dispatchDue(): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      const now = this.clock.now();
      return Math.max(
        await this.sendDue(m, now),
        await this.remindDue(m, now),
        await expireOverdue(m, now, SURVEY_BATCH),
      );
    });
  }

  /** Due invitations go out, unless their address opted out since they were made. */
  private async sendDue(m: EntityManager, now: Date): Promise<number> {
    const due = await claimDueInvitations(m, now, SURVEY_BATCH);
    if (due.length === 0) return 0;
    const settings = await readSurveySettings(m);
    for (const invitation of due) {
      if (invitation.opted_out) {
        await m.query(`UPDATE survey_invitation SET status = 'opted-out', closed_at = $2 WHERE id = $1`, [
          invitation.id,
          now,
        ]);
        continue;
      }
      const expiresAt = new Date(now.getTime() + settings.expiryDays * DAY_MS);
      const mail = surveyEmail(
        'invitation',
        { ...this.facts(invitation), expiresAt },
        this.config.notifications.publicUrl,
      );
      await queueSurveyEmail(m, invitation, 'invitation', mail, now);
      await m.query(
        `UPDATE survey_invitation SET status = 'sent', sent_at = $2, remind_at = $3, expires_at = $4 WHERE id = $1`,
        [invitation.id, now, new Date(now.getTime() + settings.reminderAfterDays * DAY_MS), expiresAt],
      );
    }
    return due.length;
  }

  private async remindDue(m: EntityManager, now: Date): Promise<number> {
    const due = await claimDueReminders(m, now, SURVEY_BATCH);
    for (const invitation of due) {
      const expiresAt = invitation.expires_at ?? now;
      const mail = surveyEmail(
        'reminder',
        { ...this.facts(invitation), expiresAt },
        this.config.notifications.publicUrl,
      );
      await queueSurveyEmail(m, invitation, 'reminder', mail, now);
      await m.query(`UPDATE survey_invitation SET reminded_at = $2 WHERE id = $1`, [invitation.id, now]);
    }
    return due.length;
  }

  private facts(invitation: { number: string; title: string; name: string | null }) {
    return { escalationNumber: invitation.number, title: invitation.title, name: invitation.name };
  }
}
