import type { Action, Source, Status } from '@ladder/contracts';
import { transition } from '@ladder/domain';
import type { DemoEvent } from './demo-history.types';

type EventDetails = Partial<Pick<DemoEvent, 'fromLevel' | 'toLevel' | 'teamId' | 'assigneeId' | 'body' | 'visibility'>>;

/**
 * Appends an escalation's events in time order, moving its status through the domain status machine,
 * so a history that breaks a workflow rule fails while it is generated rather than in the database.
 */
export class EventTimeline {
  readonly events: DemoEvent[] = [];
  private status: Status = 'open';
  private teamId: string | null = null;

  constructor(
    private now: number,
    private readonly channel: Source,
  ) {}

  get at(): number {
    return this.now;
  }

  get current(): Status {
    return this.status;
  }

  /** Moves the clock on by at least a second, so events of one escalation never share a timestamp. */
  advance(milliseconds: number): void {
    this.now += Math.max(1000, Math.round(milliseconds / 1000) * 1000);
  }

  created(actorId: string | null, level: number, teamId: string): void {
    this.teamId = teamId;
    this.events.push(this.event('created', actorId, null, 'open', { toLevel: level, teamId }, this.channel));
  }

  act(action: Action, actorId: string | null, details: EventDetails = {}): void {
    const result = transition(this.status, action);
    if (!result.ok) throw new Error(result.reason);
    this.events.push(this.event(action, actorId, this.status, result.to, details, 'portal'));
    this.status = result.to;
    this.teamId = details.teamId ?? this.teamId;
  }

  private event(
    type: DemoEvent['type'],
    actorId: string | null,
    fromStatus: Status | null,
    toStatus: Status,
    details: EventDetails,
    channel: Source,
  ): DemoEvent {
    return {
      type,
      at: this.now,
      actorId,
      fromStatus,
      toStatus,
      fromLevel: details.fromLevel ?? null,
      toLevel: details.toLevel ?? null,
      // Like escalation_act(): every event names the team holding the escalation after it.
      teamId: details.teamId ?? this.teamId,
      assigneeId: details.assigneeId ?? null,
      body: details.body ?? null,
      visibility: details.visibility ?? 'internal',
      channel,
    };
  }
}
