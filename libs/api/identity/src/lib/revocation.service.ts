import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * Revoked session ids, kept in memory so the guard never queries per request. Refreshed from revoked_session
 * every REFRESH_MS, so a logout on another instance takes effect there within about 2 s; on this instance at once.
 */
export const REVOCATION_REFRESH_MS = 2000;

@Injectable()
export class RevocationService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(RevocationService.name);
  private revoked = new Set<string>();
  private timer?: NodeJS.Timeout;

  constructor(private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    await this.refresh();
    this.timer = setInterval(() => void this.refresh(), REVOCATION_REFRESH_MS).unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  isRevoked(jti: string): boolean {
    return this.revoked.has(jti);
  }

  async revoke(jti: string, expiresAt: Date): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO revoked_session (token_id, expires_at) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [jti, expiresAt],
    );
    this.revoked.add(jti);
  }

  private async refresh(): Promise<void> {
    try {
      const rows: { token_id: string }[] = await this.dataSource.query(
        `SELECT token_id FROM revoked_session WHERE expires_at > now()`,
      );
      this.revoked = new Set(rows.map((r) => r.token_id));
    } catch (error) {
      this.logger.warn(error, 'Could not refresh revoked sessions; keeping the last known set');
    }
  }
}
