import { Injectable } from '@nestjs/common';
import { Clock, DomainException } from '@ladder/api/common';
import { DataSource } from 'typeorm';

export const LOGIN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_EMAIL = 10;
export const MAX_FAILURES_PER_IP = 50;

/** Failed logins counted in PostgreSQL (login_attempt), so the limit holds across instances. */
@Injectable()
export class LoginThrottleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async assertAllowed(email: string, ip: string): Promise<void> {
    const since = new Date(this.clock.now().getTime() - LOGIN_WINDOW_MINUTES * 60_000);
    const [counts] = (await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE email = $1)::int AS by_email, count(*) FILTER (WHERE ip = $2)::int AS by_ip
         FROM login_attempt WHERE (email = $1 OR ip = $2) AND at > $3 AND NOT succeeded`,
      [email, ip, since],
    )) as { by_email: number; by_ip: number }[];
    if (counts && (counts.by_email >= MAX_FAILURES_PER_EMAIL || counts.by_ip >= MAX_FAILURES_PER_IP)) {
      throw new DomainException(
        'rate_limited',
        `Too many failed sign-ins; try again in ${LOGIN_WINDOW_MINUTES} minutes`,
      );
    }
  }

  async record(email: string, ip: string, succeeded: boolean): Promise<void> {
    await this.dataSource.query(`INSERT INTO login_attempt (email, ip, at, succeeded) VALUES ($1, $2, $3, $4)`, [
      email,
      ip,
      this.clock.now(),
      succeeded,
    ]);
  }
}
