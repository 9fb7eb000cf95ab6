import { ArrivalSchedule } from './arrival-schedule';
import type { DemoHistory, DemoOrganisation } from './demo-history.types';
import { generateEscalation } from './escalation-lifecycle.generator';
import { projectHistory } from './history.projection';
import { Random } from './random';

export interface DemoHistoryOptions {
  escalations: number;
  /** Arrivals spread over the days before `now`. */
  days: number;
  seed: number;
  /** Nothing happens after it: escalations whose story goes on are written as they stand at `now`. */
  now: Date;
}

const DAY = 86_400_000;

/** Escalations in arrival order with their events, row and stints; the same options give the same histories. */
export function* generateHistories(org: DemoOrganisation, options: DemoHistoryOptions): Generator<DemoHistory> {
  const rng = new Random(options.seed);
  const now = options.now.getTime();
  const schedule = new ArrivalSchedule(now - options.days * DAY, now, options.escalations);
  for (let i = 0; i < options.escalations; i++) {
    const createdAt = Math.floor(schedule.at(i, rng.float()) / 1000) * 1000;
    const { facts, events } = generateEscalation(org, rng, createdAt);
    const happened = events.filter((event) => event.at <= now);
    yield { facts, events: happened, ...projectHistory(happened) };
  }
}
