import type { Impact, ProcedureDefinition, Severity, Source, Stakeholder, Urgency } from '@ladder/contracts';
import { severityOf } from '@ladder/domain';
import {
  COMMENTS,
  DE_ESCALATE_REASONS,
  ESCALATE_REASONS,
  FIRST_NAMES,
  ISSUES,
  LAST_NAMES,
  REOPEN_REASONS,
  RESOLVE_SUMMARIES,
  STAKEHOLDER_UPDATES,
  WAIT_REASONS,
} from './demo-catalogue';
import type { DemoEscalationFacts, DemoEvent, DemoOrganisation, DemoTeam } from './demo-history.types';
import { EventTimeline } from './event-timeline';
import { WeightedChoice, type Random } from './random';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

// Mostly S3/S4 through the matrix: S1 1.5 %, S2 10 %, S3 42 %, S4 47 %.
const IMPACT = new WeightedChoice<Impact>({ high: 0.1, medium: 0.35, low: 0.55 });
const URGENCY = new WeightedChoice<Urgency>({ high: 0.15, medium: 0.45, low: 0.4 });
const CATEGORY: Record<string, number> = {
  access: 0.25,
  application: 0.25,
  network: 0.14,
  hardware: 0.1,
  database: 0.13,
  security: 0.13,
};
const SOURCE = new WeightedChoice<Source>({ portal: 0.6, api: 0.15, monitoring: 0.25 });
const categoryChoices = new WeakMap<readonly string[], WeightedChoice<string>>();

/** How long a team takes compared with the median team: the bottlenecks the analytics should find. */
const TEAM_SPEED: Record<string, number> = { Database: 1.9, Security: 1.3, Network: 0.55, 'IT Management': 0.8 };

/** Chance of resolving at L1 by severity; the rest climb the ladder. */
const L1_RESOLVE: Record<Severity, number> = { S1: 0.3, S2: 0.45, S3: 0.63, S4: 0.68 };
const MAX_LEVEL_CHANGES = 6;
const URGENT: ReadonlySet<Severity> = new Set(['S1', 'S2']);

type Outcome = 'resolve' | 'escalate' | 'de-escalate';

/** Writes one escalation's facts and its whole event history, from its arrival at `createdAt` on. */
export function generateEscalation(
  org: DemoOrganisation,
  rng: Random,
  createdAt: number,
): { facts: DemoEscalationFacts; events: DemoEvent[] } {
  const facts = escalationFacts(org, rng, createdAt);
  const timeline = new EventTimeline(createdAt, facts.source);
  new Lifecycle(org, rng, facts, timeline).run();
  return { facts, events: timeline.events };
}

function escalationFacts(org: DemoOrganisation, rng: Random, createdAt: number): DemoEscalationFacts {
  const { definition } = org;
  const impact = rng.weighted(IMPACT);
  const urgency = rng.weighted(URGENCY);
  const severity = severityOf(definition.matrix, impact, urgency);
  const category = rng.weighted(categoryChoice(definition.categories));
  const template = rng.pick(ISSUES[category] ?? ISSUES['application'] ?? []);
  const services = template.services.filter((service) => definition.services.includes(service));
  const affectedService = rng.pick(services.length > 0 ? services : definition.services);
  const source = rng.weighted(SOURCE);
  const target = severityTarget(definition, severity);
  return {
    id: rng.uuid(),
    title: template.title.replace('{service}', affectedService),
    description: template.description.replace('{service}', affectedService),
    category,
    affectedService,
    impact,
    urgency,
    severity,
    source,
    stakeholders: Array.from({ length: 1 + rng.int(3) }, () => stakeholder(rng)),
    createdBy: source === 'portal' ? pickAgent(rng, teamAt(org, 1, category)) : null,
    createdAt,
    responseDueAt: createdAt + target.responseMinutes * MINUTE,
    resolutionDueAt: createdAt + target.resolutionMinutes * MINUTE,
  };
}

/** The escalation's walk up and down the ladder, stint by stint, until it is closed. */
class Lifecycle {
  private level = 1;
  private levelChanges = 0;
  private lastMove: Outcome | null = null;
  private reopened = false;
  private readonly topLevel: number;

  constructor(
    private readonly org: DemoOrganisation,
    private readonly rng: Random,
    private readonly facts: DemoEscalationFacts,
    private readonly timeline: EventTimeline,
  ) {
    this.topLevel = org.definition.levels.length;
  }

  run(): void {
    this.timeline.created(this.facts.createdBy, 1, teamAt(this.org, 1, this.facts.category).id);
    for (;;) {
      const team = teamAt(this.org, this.level, this.facts.category);
      const agent = pickAgent(this.rng, team);
      const outcome = this.urgentSkip() ?? this.workStint(team, agent);
      if (outcome === 'resolve') {
        if (this.closeOrReopen(agent)) return;
      } else {
        this.move(outcome, agent);
      }
    }
  }

  /** Monitoring alerts for S1/S2 sometimes go straight up without anyone at L1 acknowledging them. */
  private urgentSkip(): Outcome | null {
    const untouched = this.timeline.events.length === 1;
    if (!untouched || this.topLevel === 1 || !URGENT.has(this.facts.severity) || !this.rng.chance(0.12)) return null;
    this.timeline.advance(this.rng.logNormal(4 * MINUTE, 0.6));
    return 'escalate';
  }

  private workStint(team: DemoTeam, agent: string | null): Outcome {
    const speed = TEAM_SPEED[team.name] ?? 1;
    const budget = this.budgetMinutes() * MINUTE;
    const target = severityTarget(this.org.definition, this.facts.severity);
    const responseMedian = this.level === 1 ? target.responseMinutes * MINUTE * 0.3 : budget * 0.08;
    this.timeline.advance(this.rng.logNormal(responseMedian * speed, 0.9));
    this.timeline.act('assign', agent, { assigneeId: agent });
    this.timeline.advance(this.rng.logNormal(2 * MINUTE, 0.8));
    this.timeline.act('acknowledge', agent);

    let work = this.rng.logNormal(budget * 0.4 * speed, 0.8);
    const updates = URGENT.has(this.facts.severity) ? 1 + this.rng.int(2) : Number(this.rng.chance(0.1));
    const comments = Number(this.rng.chance(0.4)) + Number(this.rng.chance(0.1));
    for (let i = 0; i < comments + updates; i++) {
      const slice = work * this.rng.float() * 0.5;
      this.timeline.advance(slice);
      work -= slice;
      const comment = i < comments;
      const body = this.rng.pick(comment ? COMMENTS : STAKEHOLDER_UPDATES);
      this.timeline.act(comment ? 'comment' : 'stakeholder-update', agent, {
        body,
        visibility: comment ? 'internal' : 'public',
      });
    }
    if (this.rng.chance(0.15)) this.waitOnStakeholder(agent);
    this.timeline.advance(work);
    return this.decide();
  }

  private waitOnStakeholder(agent: string | null): void {
    this.timeline.advance(this.rng.logNormal(20 * MINUTE, 1));
    this.timeline.act('wait', agent, { body: this.rng.pick(WAIT_REASONS) });
    this.timeline.advance(this.rng.logNormal(3 * HOUR, 1));
    // Some answers solve the problem: resolved straight from waiting.
    if (this.rng.chance(0.2)) return;
    this.timeline.act('resume', agent);
  }

  private decide(): Outcome {
    if (this.timeline.current === 'waiting' || this.levelChanges >= MAX_LEVEL_CHANGES) return 'resolve';
    const draw = this.rng.float();
    if (this.level >= this.topLevel) return this.level > 1 && draw >= 0.8 ? 'de-escalate' : 'resolve';
    if (this.level === 1) {
      // Sent back from L2: the desk often pushes it up again (ping-pong).
      const resolve = this.lastMove === 'de-escalate' ? 0.5 : L1_RESOLVE[this.facts.severity];
      return draw < resolve ? 'resolve' : 'escalate';
    }
    const [resolve, escalate] = this.level === 2 ? [0.45, 0.4] : [0.68, this.facts.severity === 'S1' ? 0.22 : 0.12];
    if (draw < resolve) return 'resolve';
    return draw < resolve + escalate ? 'escalate' : 'de-escalate';
  }

  private move(outcome: Exclude<Outcome, 'resolve'>, agent: string | null): void {
    const up = outcome === 'escalate';
    // Urgent L1 escalations sometimes skip the team lead and go straight to the specialists.
    const skip = up && this.level === 1 && URGENT.has(this.facts.severity) && this.rng.chance(0.3);
    const toLevel = up ? Math.min(this.level + (skip ? 2 : 1), this.topLevel) : this.level - 1;
    const team = teamAt(this.org, toLevel, this.facts.category);
    const reasons = up ? ESCALATE_REASONS : DE_ESCALATE_REASONS;
    this.timeline.act(outcome, agent, {
      fromLevel: this.level,
      toLevel,
      teamId: team.id,
      body: this.rng.pick(reasons),
    });
    this.level = toLevel;
    this.levelChanges += 1;
    this.lastMove = outcome;
  }

  /** Resolves; returns true when the escalation is closed, false when it was reopened and goes on. */
  private closeOrReopen(agent: string | null): boolean {
    this.timeline.act('resolve', agent, { body: this.rng.pick(RESOLVE_SUMMARIES) });
    if (!this.reopened && this.rng.chance(0.05)) {
      this.timeline.advance(this.rng.logNormal(20 * HOUR, 0.7));
      this.reopened = true;
      this.timeline.act('reopen', agent, { body: this.rng.pick(REOPEN_REASONS) });
      return false;
    }
    this.timeline.advance(this.rng.logNormal(URGENT.has(this.facts.severity) ? 4 * HOUR : 26 * HOUR, 0.6));
    this.timeline.act('close', agent);
    return true;
  }

  private budgetMinutes(): number {
    const level = this.org.definition.levels.find((candidate) => candidate.level === this.level);
    return level?.budgetMinutes[this.facts.severity] ?? 240;
  }
}

/** The procedure's categories, weighted by how often each is reported (unknown ones rarely). */
function categoryChoice(categories: readonly string[]): WeightedChoice<string> {
  let choice = categoryChoices.get(categories);
  if (!choice) {
    choice = new WeightedChoice(
      Object.fromEntries(categories.map((category) => [category, CATEGORY[category] ?? 0.05])),
    );
    categoryChoices.set(categories, choice);
  }
  return choice;
}

function severityTarget(definition: ProcedureDefinition, severity: Severity) {
  const target = definition.severities.find((candidate) => candidate.severity === severity);
  if (!target) throw new Error(`procedure has no target for ${severity}`);
  return target;
}

/** The team that takes the category at a level: the procedure's route, else the level's default team. */
export function teamAt(org: DemoOrganisation, level: number, category: string): DemoTeam {
  const { levels, routes } = org.definition;
  const route = routes.find((candidate) => candidate.level === level && candidate.category === category);
  const teamId = route?.teamId ?? levels.find((candidate) => candidate.level === level)?.defaultTeamId;
  const team = org.teams.find((candidate) => candidate.id === teamId);
  if (!team) throw new Error(`no team for level ${level} and category ${category}`);
  return team;
}

function pickAgent(rng: Random, team: DemoTeam): string | null {
  return team.agentIds.length > 0 ? rng.pick(team.agentIds) : null;
}

function stakeholder(rng: Random): Stakeholder {
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(LAST_NAMES);
  return { name: `${first} ${last}`, email: `${first}.${last}@example.com`.toLowerCase().replace("'", '') };
}
