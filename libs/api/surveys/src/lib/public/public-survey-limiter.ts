import { Injectable } from '@nestjs/common';
import { Clock, DomainException, FixedWindowLimiter } from '@ladder/api/common';

/** Requests per IP address per minute on the public survey routes, all together: a person answering never meets it. */
export const SURVEY_REQUESTS_PER_MINUTE = 60;

/** Slows down anyone trying survey tokens at random, as the status page does. */
@Injectable()
export class PublicSurveyLimiter {
  private readonly limiter = new FixedWindowLimiter(SURVEY_REQUESTS_PER_MINUTE, 60_000);

  constructor(private readonly clock: Clock) {}

  take(ip: string): void {
    if (!this.limiter.take(ip, this.clock.now().getTime())) {
      throw new DomainException('rate_limited', 'Too many requests; try again in a minute');
    }
  }
}
