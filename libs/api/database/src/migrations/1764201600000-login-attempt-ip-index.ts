import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The login rate limit also counts failures per IP; without this index that is a scan of every attempt. */
export class LoginAttemptIpIndex1764201600000 implements MigrationInterface {
  name = 'LoginAttemptIpIndex1764201600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX ix_login_attempt_ip_at ON login_attempt (ip, at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX ix_login_attempt_ip_at`);
  }
}
