import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '@ladder/api/common';
import { createTransport, type Transporter } from 'nodemailer';
import { linkToken } from '../fanout/stakeholder-token';
import type { ClaimedDelivery } from './outbox-row';

/** Where an email's secret link token goes; the outbox stores only the key it is derived from. */
export const LINK_TOKEN_PLACEHOLDER = '{{link_token}}';

/** Shorter than nodemailer's defaults (minutes), so a stuck server fails an attempt well within its claim lease. */
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/**
 * Sends outbox emails over SMTP, or writes them as .eml files under `<dataDir>/mail` when no SMTP server is
 * configured (so a newcomer can read what Ladder would have sent). The Message-ID is the outbox row's id: a
 * receiver can drop a duplicate, and an .eml is overwritten rather than doubled.
 */
@Injectable()
export class EmailSender implements OnModuleDestroy {
  private readonly transport: Transporter;
  private readonly mailDir: string;

  constructor(private readonly config: AppConfig) {
    const { smtpUrl } = config.notifications;
    this.transport = smtpUrl
      ? createTransport({ url: smtpUrl, ...SMTP_TIMEOUTS })
      : createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    this.mailDir = join(config.dataDir, 'mail');
  }

  async send(delivery: ClaimedDelivery): Promise<void> {
    const withToken = this.linkTokenFiller(delivery.link_key);
    const info = (await this.transport.sendMail({
      from: this.config.notifications.mailFrom,
      to: delivery.recipient_name ? { name: delivery.recipient_name, address: delivery.recipient } : delivery.recipient,
      subject: withToken(delivery.subject),
      text: withToken(delivery.body_text),
      ...(delivery.body_html && { html: withToken(delivery.body_html) }),
      messageId: `<${delivery.id}@ladder>`,
    })) as { message?: unknown };
    if (Buffer.isBuffer(info.message)) {
      await mkdir(this.mailDir, { recursive: true });
      await writeFile(join(this.mailDir, `${delivery.id}.eml`), info.message);
    }
  }

  /** Fills the placeholder with the token derived from the row's link key; without a key, texts stay as they are. */
  private linkTokenFiller(linkKey: string | null): (text: string) => string {
    if (!linkKey) return (text) => text;
    const token = linkToken(this.config.sessionSecret, linkKey);
    return (text) => text.replaceAll(LINK_TOKEN_PLACEHOLDER, token);
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}
