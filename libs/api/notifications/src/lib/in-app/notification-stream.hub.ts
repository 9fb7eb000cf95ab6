import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { Clock, DomainException } from '@ladder/api/common';
import { RevocationService, type SessionClaims } from '@ladder/api/identity';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { IN_APP_COLUMNS, toInAppNotification, type InAppRow } from './in-app-notification.mapper';

export const STREAM_POLL_MS = 1_000;
export const HEARTBEAT_MS = 15_000;
/**
 * How far back each poll looks. Rows carry their transaction's start time, so one that commits after a poll can be
 * older than that poll; looking back (and remembering what each connection got) catches it unless its transaction
 * ran longer than this. The list route always has everything.
 */
export const LOOKBACK_SECONDS = 10;

interface Connection {
  userId: string;
  /** The session that opened the stream: signing out or its expiry ends the stream. */
  session: Pick<SessionClaims, 'jti' | 'exp'>;
  response: Response;
  /** Ids already sent, with their creation time, forgotten once they fall out of the lookback. */
  sent: Map<string, number>;
}

/**
 * Server-sent events of new in-app notifications. One query a second for every connection of this instance reads
 * the database, not an in-process bus, so it works whichever instance wrote the row, on the server and on PGlite.
 */
@Injectable()
export class NotificationStreamHub implements OnModuleDestroy {
  private readonly logger = new Logger(NotificationStreamHub.name);
  private readonly connections = new Set<Connection>();
  private poller: NodeJS.Timeout | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  private polling = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly revocations: RevocationService,
    private readonly clock: Clock,
  ) {}

  attach(userId: string, session: Connection['session'], request: Request, response: Response): void {
    // Asked for by name (EventSource always does), so a plain GET is answered instead of held open forever.
    if (!(request.headers.accept ?? '').includes('text/event-stream')) {
      throw new DomainException('validation_failed', 'This route is an event stream: send Accept: text/event-stream');
    }
    response.writeHead(200, {
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    response.write(': connected\n\n');
    const connection: Connection = { userId, session, response, sent: new Map() };
    this.connections.add(connection);
    request.on('close', () => this.detach(connection));
    this.start();
  }

  onModuleDestroy(): void {
    for (const connection of this.connections) connection.response.end();
    this.connections.clear();
    this.stop();
  }

  private detach(connection: Connection): void {
    this.connections.delete(connection);
    if (this.connections.size === 0) this.stop();
  }

  private start(): void {
    this.poller ??= setInterval(() => void this.poll(), STREAM_POLL_MS);
    this.heartbeat ??= setInterval(() => {
      for (const c of this.connections) c.response.write(': heartbeat\n\n');
    }, HEARTBEAT_MS);
  }

  private stop(): void {
    if (this.poller) clearInterval(this.poller);
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.poller = this.heartbeat = null;
  }

  /** Ends the streams whose session was signed out or has expired; the portal signs in again. */
  private closeEnded(): void {
    const now = this.clock.now().getTime() / 1000;
    for (const connection of this.connections) {
      const { jti, exp } = connection.session;
      if (exp > now && !this.revocations.isRevoked(jti)) continue;
      connection.response.end();
      this.detach(connection);
    }
  }

  private async poll(): Promise<void> {
    this.closeEnded();
    if (this.polling || this.connections.size === 0) return;
    this.polling = true;
    try {
      const users = [...new Set([...this.connections].map((c) => c.userId))];
      const rows = await this.dataSource.query<(InAppRow & { horizon: Date })[]>(
        `SELECT ${IN_APP_COLUMNS}, now() - $2 * interval '1 second' AS horizon FROM notification
          WHERE channel = 'in-app' AND user_id = ANY($1::uuid[]) AND created_at > now() - $2 * interval '1 second'
          ORDER BY created_at, id`,
        [users, LOOKBACK_SECONDS],
      );
      for (const connection of this.connections) this.push(connection, rows);
    } catch (error) {
      this.logger.warn(`notification stream poll failed: ${String(error)}`);
    } finally {
      this.polling = false;
    }
  }

  private push(connection: Connection, rows: (InAppRow & { horizon: Date })[]): void {
    const horizon = rows[0]?.horizon.getTime();
    for (const [id, createdAt] of connection.sent)
      if (horizon === undefined || createdAt < horizon) connection.sent.delete(id);
    for (const row of rows) {
      if (row.user_id !== connection.userId || connection.sent.has(row.id)) continue;
      connection.sent.set(row.id, row.created_at.getTime());
      connection.response.write(`event: notification\ndata: ${JSON.stringify(toInAppNotification(row))}\n\n`);
    }
  }
}
