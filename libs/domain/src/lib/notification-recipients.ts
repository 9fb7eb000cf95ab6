import {
  ContactSchema,
  type Contact,
  type EventType,
  type Level,
  type ReachOut,
  type Severity,
  type Stakeholder,
} from '@ladder/contracts';

/** A member of staff Ladder can notify in the portal. */
export interface StaffMember {
  id: string;
  name: string;
  email: string;
}

/** What the fan-out knows when it decides who hears of one event. */
export interface RecipientQuestion {
  event: {
    type: EventType;
    visibility: 'internal' | 'public';
    /** Who acted; never notified in the portal of their own action. */
    actorId: string | null;
    /**
     * `{ action: 'notify', contact, level? }` when a trigger rule asks to notify a contact; on `created`, the extra
     * contacts of the scenario guidelines it opened under as `{ extraContacts }`.
     */
    details: Record<string, unknown> | null;
  };
  escalation: {
    severity: Severity;
    /** The level the escalation is at after the event. */
    level: number;
    /** Null when someone acknowledged it at this level; otherwise how long it has waited, in minutes. */
    unacknowledgedMinutes: number | null;
    stakeholders: readonly Stakeholder[];
  };
  levels: readonly Pick<Level, 'level' | 'contacts'>[];
  /** The assignee when the escalation has one at its team; otherwise the agents of that team. */
  assignee: StaffMember | null;
  teamAgents: readonly StaffMember[];
  team: { name: string; webhookUrl: string | null };
}

export type Recipient =
  | { channel: 'email'; audience: 'staff' | 'stakeholder'; address: string; name: string }
  | { channel: 'webhook'; address: string; name: string }
  | { channel: 'in-app'; user: StaffMember };

interface Audience {
  /** reached: the level's contacts whose conditions hold; overdue: those, plus any level's contacts that asked to
   * hear of escalations left unacknowledged that long; named: the contact a rule names. */
  contacts: 'reached' | 'overdue' | 'named' | 'none';
  staff: boolean;
  teamWebhook: boolean;
  stakeholders: boolean;
}

const NOBODY: Audience = { contacts: 'none', staff: false, teamWebhook: false, stakeholders: false };
const LEVEL_ARRIVAL: Audience = { contacts: 'reached', staff: true, teamWebhook: true, stakeholders: true };
const STAFF_ONLY: Audience = { ...NOBODY, staff: true };
const CLOCK_ALERT: Audience = { ...NOBODY, staff: true, teamWebhook: true };

/** Who hears of each kind of event. Stakeholders only ever hear of public updates, level changes and resolution. */
function audienceOf(type: EventType, visibility: 'internal' | 'public'): Audience {
  switch (type) {
    case 'created':
    case 'escalate':
    case 'de-escalate':
      return LEVEL_ARRIVAL;
    case 'stakeholder-update':
      return { ...NOBODY, stakeholders: visibility === 'public' };
    case 'resolve':
      return { ...STAFF_ONLY, stakeholders: true };
    case 'sla-warning':
    case 'sla-breach':
      return CLOCK_ALERT;
    case 'reminder':
      return { ...STAFF_ONLY, contacts: 'overdue' };
    case 'rule-fired':
      return { ...NOBODY, contacts: 'named' };
    case 'assign':
    case 'comment':
    case 'reopen':
    case 'raise-severity':
    case 'alert-resolved':
    case 'alert-refired':
      return STAFF_ONLY;
    case 'acknowledge':
    case 'wait':
    case 'resume':
    case 'close':
      return NOBODY;
  }
}

/** Whether Ladder reaches out to a contact on its own now: it must say when, and every condition must hold. */
export function reachOutHolds(
  notify: ReachOut | undefined,
  severity: Severity,
  unacknowledgedMinutes: number | null,
): boolean {
  if (!notify) return false;
  if (notify.severities && !notify.severities.includes(severity)) return false;
  const after = notify.afterUnacknowledgedMinutes;
  return after === undefined || (unacknowledgedMinutes !== null && unacknowledgedMinutes >= after);
}

function contactRecipient(contact: Contact): Recipient | null {
  if (contact.channel === 'email') {
    return { channel: 'email', audience: 'staff', address: contact.address.toLowerCase(), name: contact.name };
  }
  if (contact.channel === 'webhook') return { channel: 'webhook', address: contact.address, name: contact.name };
  return null;
}

function reachedContacts(q: RecipientQuestion, overdue: boolean): Contact[] {
  const { severity, unacknowledgedMinutes, level } = q.escalation;
  const holds = (c: Contact) => reachOutHolds(c.notify, severity, unacknowledgedMinutes);
  return q.levels.flatMap((l) =>
    l.contacts.filter((c) => holds(c) && (l.level === level || (overdue && c.notify?.afterUnacknowledgedMinutes))),
  );
}

/** The contact a `notify` rule names: on its level, or (none given) on the current level first, then any. */
function namedContact(q: RecipientQuestion): Contact[] {
  const details = q.event.details;
  if (details?.['action'] !== 'notify' || typeof details['contact'] !== 'string') return [];
  const name = details['contact'];
  const level = typeof details['level'] === 'number' ? details['level'] : undefined;
  const current = q.escalation.level;
  const searched =
    level === undefined
      ? [...q.levels].sort((a, b) => Number(b.level === current) - Number(a.level === current))
      : q.levels.filter((l) => l.level === level);
  const found = searched.flatMap((l) => l.contacts).find((c) => c.name === name);
  return found ? [found] : [];
}

/** The extra contacts of the scenario guidelines a new escalation matched, reached like a level's contacts. */
function guidelineContacts(q: RecipientQuestion): Contact[] {
  if (q.event.type !== 'created') return [];
  const extra = ContactSchema.array().safeParse(q.event.details?.['extraContacts']);
  const { severity, unacknowledgedMinutes } = q.escalation;
  return extra.success ? extra.data.filter((c) => reachOutHolds(c.notify, severity, unacknowledgedMinutes)) : [];
}

const keyOf = (r: Recipient) => `${r.channel}:${r.channel === 'in-app' ? r.user.id : r.address}`;

/**
 * Who gets what for one event, each recipient once. Stakeholders come first so that an address that is both a
 * stakeholder's and a contact's gets the stakeholder's message, which carries nothing internal.
 */
export function notificationRecipients(q: RecipientQuestion): Recipient[] {
  const audience = audienceOf(q.event.type, q.event.visibility);
  const candidates: (Recipient | null)[] = [];
  if (audience.stakeholders) {
    for (const s of q.escalation.stakeholders) {
      candidates.push({ channel: 'email', audience: 'stakeholder', address: s.email.toLowerCase(), name: s.name });
    }
  }
  const contacts =
    audience.contacts === 'named'
      ? namedContact(q)
      : audience.contacts === 'none'
        ? []
        : reachedContacts(q, audience.contacts === 'overdue');
  candidates.push(...[...contacts, ...guidelineContacts(q)].map(contactRecipient));
  if (audience.teamWebhook && q.team.webhookUrl) {
    candidates.push({ channel: 'webhook', address: q.team.webhookUrl, name: q.team.name });
  }
  if (audience.staff) {
    const staff = q.assignee ? [q.assignee] : q.teamAgents;
    candidates.push(
      ...staff.filter((u) => u.id !== q.event.actorId).map((user): Recipient => ({ channel: 'in-app', user })),
    );
  }
  const seen = new Set<string>();
  return candidates.filter((r): r is Recipient => {
    if (!r || seen.has(keyOf(r))) return false;
    seen.add(keyOf(r));
    return true;
  });
}
