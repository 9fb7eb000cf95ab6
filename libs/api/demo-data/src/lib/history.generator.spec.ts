import { transition } from '@ladder/domain';
import type { DemoHistory } from './demo-history.types';
import { teamAt } from './escalation-lifecycle.generator';
import { generateHistories } from './history.generator';
import { fixtureOrganisation as org, fixtureTeamIds as teamIds } from './demo-organisation.fixture';

const NOW = new Date('2026-11-26T12:00:00Z');
const generate = (escalations: number, seed: number, days = 60) => [
  ...generateHistories(org, { escalations, days, seed, now: NOW }),
];

const histories = generate(3000, 11);
const share = (test: (h: DemoHistory) => boolean) => histories.filter(test).length / histories.length;
const teamOf = (teamId: string | null) => org.teams.find((team) => team.id === teamId);

describe('generateHistories', () => {
  it('gives the same histories for the same seed and different ones for another', () => {
    expect(generate(50, 3)).toEqual(generate(50, 3));
    expect(generate(50, 4)[0]?.facts.id).not.toBe(generate(50, 3)[0]?.facts.id);
  });

  it('writes exact values for a tiny case', () => {
    const [only] = generate(1, 1, 1);
    const createdAt = Date.parse('2026-11-26T10:49:38Z');
    // impact low x urgency medium is S4: response 480 min, resolution 7200 min after creation.
    expect(only?.facts).toMatchObject({
      title: 'New starter cannot open ERP',
      category: 'access',
      impact: 'low',
      urgency: 'medium',
      severity: 'S4',
      createdAt,
      responseDueAt: createdAt + 480 * 60_000,
      resolutionDueAt: createdAt + 7200 * 60_000,
    });
    // Arrived 70 minutes before now: nobody has picked it up yet.
    expect(only?.events.map((e) => e.type)).toEqual(['created']);
    expect(only?.state).toMatchObject({ status: 'open', level: 1, teamId: teamIds['Service Desk'], version: 1 });
    expect(only?.stints).toEqual([
      {
        level: 1,
        teamId: teamIds['Service Desk'],
        assigneeId: null,
        enteredAt: createdAt,
        firstResponseAt: null,
        pausedSince: null,
        pausedSeconds: 0,
        leftAt: null,
        exit: null,
      },
    ]);
  });

  it('moves every escalation through the status machine, in time order, before now', () => {
    const broken: string[] = [];
    for (const { facts, events } of histories) {
      for (const [i, event] of events.entries()) {
        const before = events[i - 1];
        if (!before) continue;
        const result = before.toStatus
          ? transition(before.toStatus, event.type as Parameters<typeof transition>[1])
          : null;
        const fine =
          result?.ok && result.to === event.toStatus && event.fromStatus === before.toStatus && event.at > before.at;
        if (!fine || event.at > NOW.getTime()) broken.push(`${facts.id} event ${i} ${event.type}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('keeps stints and the escalation row in step with the events', () => {
    const broken: string[] = [];
    for (const { facts, events, stints, state } of histories) {
      const moves = events.filter((e) => e.type === 'escalate' || e.type === 'de-escalate');
      const reopens = events.filter((e) => e.type === 'reopen').length;
      const open = stints.filter((stint) => stint.leftAt === null).length;
      const last = stints[stints.length - 1];
      const fine =
        stints.length === 1 + moves.length + reopens &&
        open === (state.status === 'resolved' || state.status === 'closed' ? 0 : 1) &&
        state.version === events.length &&
        last?.level === state.level &&
        last.teamId === state.teamId &&
        moves.every((move) => move.teamId === teamAt(org, move.toLevel as number, facts.category).id);
      if (!fine) broken.push(facts.id);
    }
    expect(broken).toEqual([]);
  });

  it('lets only agents of the team holding the escalation act on it', () => {
    const broken: string[] = [];
    for (const { facts, events } of histories) {
      let holder = events[0]?.teamId ?? null;
      for (const event of events.slice(1)) {
        if (!teamOf(holder)?.agentIds.includes(event.actorId ?? '')) broken.push(`${facts.id} ${event.type}`);
        holder = event.teamId;
      }
    }
    expect(broken).toEqual([]);
  });

  it('looks like a real service desk: mostly S3/S4, about 60 % solved at L1, fewer reaching L3/L4, some ping-pong', () => {
    expect(share((h) => h.facts.severity === 'S3' || h.facts.severity === 'S4')).toBeGreaterThan(0.8);
    expect(share((h) => h.state.resolvedAt !== null && h.stints.every((s) => s.level === 1))).toBeGreaterThan(0.55);
    expect(share((h) => h.state.resolvedAt !== null && h.stints.every((s) => s.level === 1))).toBeLessThan(0.65);
    const reached = (level: number) => share((h) => h.stints.some((s) => s.level >= level));
    expect(reached(3)).toBeLessThan(reached(2));
    expect(reached(4)).toBeLessThan(reached(3));
    expect(reached(4)).toBeGreaterThan(0);
    expect(
      share(
        (h) =>
          h.events.filter((e) => e.type === 'escalate').length >= 2 && h.events.some((e) => e.type === 'de-escalate'),
      ),
    ).toBeGreaterThan(0.02);
    expect(share((h) => h.state.status !== 'resolved' && h.state.status !== 'closed')).toBeGreaterThan(0);
  });

  it('routes specialist work to the slowest and fastest teams as the procedure says', () => {
    const atDatabase = histories.flatMap((h) =>
      h.stints.filter((s) => teamOf(s.teamId)?.name === 'Database' && s.leftAt !== null),
    );
    const atNetwork = histories.flatMap((h) =>
      h.stints.filter((s) => teamOf(s.teamId)?.name === 'Network' && s.leftAt !== null),
    );
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    const duration = (stints: typeof atDatabase) => median(stints.map((s) => (s.leftAt as number) - s.enteredAt));
    expect(duration(atDatabase)).toBeGreaterThan(2 * duration(atNetwork));
  });
});
