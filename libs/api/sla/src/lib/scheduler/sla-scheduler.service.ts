import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig, Clock } from '@ladder/api/common';
import { NotificationFanoutService } from '@ladder/api/notifications';
import { SurveyInvitations } from '@ladder/api/surveys';
import { DataSource, type EntityManager } from 'typeorm';
import { SlaPlanner, type PlannedEscalation } from '../sla-planner.service';
import { DueActionsExecutor } from './due-actions.executor';
import { loadSnapshots } from './escalation-snapshots';
import { claimDueJobs, retryLater, scheduleDeadlines, type ClaimedJob } from './job-queue';

const BATCH = 500;

/**
 * Acts on deadlines and on new events: claims due jobs (SKIP LOCKED, so any number of instances share the
 * work and each job runs once), plans each escalation from its events, performs what is due, fans out the
 * notifications of each new event, stores the SLA summary and schedules the next look. One transaction a batch.
 */
@Injectable()
export class SlaScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(SlaScheduler.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();
  private stopped = false;
  private handled = 0;

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly planner: SlaPlanner,
    private readonly executor: DueActionsExecutor,
    private readonly fanout: NotificationFanoutService,
    private readonly surveys: SurveyInvitations,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.scheduler.enabled) this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Jobs this instance has run since it started. */
  get jobsHandled(): number {
    return this.handled;
  }

  /** Runs batches until no job is due; returns how many jobs ran. Tests with a frozen clock call it directly. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const ran = await this.runBatch();
      total += ran;
      this.handled += ran;
      if (ran < BATCH || this.stopped) return total;
    }
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      // Two batches at a time: one is planned in Node while the other waits on PostgreSQL.
      this.running = Promise.all([this.drain(), this.drain()])
        .catch((error: unknown) => this.log.error(error, 'scheduler batch failed'))
        .finally(() => this.schedule(this.config.scheduler.pollMs));
    }, delayMs);
  }

  private async runBatch(): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      const now = this.clock.now();
      const jobs = await claimDueJobs(m, now, BATCH);
      const jobsOf = groupByEscalation(jobs);
      const planned = await this.planner.plan(m, await loadSnapshots(m, [...jobsOf.keys()].sort()), now);
      const failed = await this.act(m, planned, jobsOf);
      for (const id of failed.keys()) await retryLater(m, jobsOf.get(id) ?? [], now, failed.get(id) ?? '');
      const settled = planned.filter((one) => !failed.has(one.snapshot.id));
      // Escalations that got events are planned again with them at once; store only the others' summaries.
      await storeSummaries(
        m,
        settled.filter((one) => one.plan.actions.length === 0),
      );
      // Actions wrote events whose own jobs plan the escalation again; otherwise look again when next due.
      await scheduleDeadlines(
        m,
        new Map(settled.map(({ snapshot, plan }) => [snapshot.id, plan.actions.length ? null : plan.nextCheckAt])),
      );
      return jobs.length;
    });
  }

  /**
   * Performs the batch's due actions, notification fan-outs and survey invitations together; if that fails,
   * escalation by escalation, so one that keeps failing is retried later without holding up the rest. Returns the
   * failures' errors.
   */
  private async act(
    m: EntityManager,
    planned: readonly PlannedEscalation[],
    jobsOf: ReadonlyMap<string, readonly ClaimedJob[]>,
  ): Promise<Map<string, string>> {
    const eventsOf = (one: PlannedEscalation) =>
      (jobsOf.get(one.snapshot.id) ?? []).flatMap((job) => (job.payload.eventId ? [job.payload.eventId] : []));
    const work = async (some: readonly PlannedEscalation[]) => {
      await this.executor.perform(m, some);
      const eventIds = some.flatMap(eventsOf);
      await this.fanout.forEvents(m, eventIds);
      await this.surveys.forEvents(m, eventIds);
    };
    const failed = new Map<string, string>();
    if ((await this.inSavepoint(m, () => work(planned))) === null) return failed;
    for (const one of planned.filter((p) => p.plan.actions.length > 0 || eventsOf(p).length > 0)) {
      const failure = await this.inSavepoint(m, () => work([one]));
      if (failure !== null) failed.set(one.snapshot.id, failure);
    }
    return failed;
  }

  /** Runs `work` so that its failure undoes only its own writes; the error message when it failed. */
  private async inSavepoint(m: EntityManager, work: () => Promise<void>): Promise<string | null> {
    await m.query('SAVEPOINT sla_job');
    try {
      await work();
      await m.query('RELEASE SAVEPOINT sla_job');
      return null;
    } catch (error) {
      await m.query('ROLLBACK TO SAVEPOINT sla_job');
      this.log.error(error, 'SLA work failed');
      return error instanceof Error ? error.message : String(error);
    }
  }
}

function groupByEscalation(jobs: readonly ClaimedJob[]): Map<string, ClaimedJob[]> {
  const groups = new Map<string, ClaimedJob[]>();
  for (const job of jobs) groups.set(job.escalation_id, [...(groups.get(job.escalation_id) ?? []), job]);
  return groups;
}

/**
 * The SLA summary the queue sorts and filters on, for the whole batch in one statement. Rows whose summary did not
 * change are left alone: most events (comments, updates, assignments) move no due time, and rewriting the row would
 * add a version of it and of each of its indexes for nothing.
 */
async function storeSummaries(m: EntityManager, planned: readonly PlannedEscalation[]): Promise<void> {
  if (planned.length === 0) return;
  await m.query(
    `UPDATE escalation e
        SET next_due_at = u.next_due_at, sla_state = u.state, response_due_at = u.response, resolution_due_at = u.resolution
       FROM unnest($1::uuid[], $2::timestamptz[], $3::text[], $4::timestamptz[], $5::timestamptz[])
            AS u(id, next_due_at, state, response, resolution)
      WHERE e.id = u.id
        AND (e.next_due_at, e.sla_state, e.response_due_at, e.resolution_due_at)
            IS DISTINCT FROM (u.next_due_at, u.state, u.response, u.resolution)`,
    [
      planned.map((p) => p.snapshot.id),
      planned.map((p) => p.plan.nextDueAt),
      planned.map((p) => p.plan.state),
      planned.map((p) => p.plan.clocks.response.dueAt),
      planned.map((p) => p.plan.clocks.resolution.dueAt),
    ],
  );
}
