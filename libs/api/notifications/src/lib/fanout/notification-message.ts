import type { EventType, Severity } from '@ladder/contracts';
import { escapeHtml } from './html';

/** What a message says about the escalation and the event, as the fan-out read them. */
export interface MessageFacts {
  escalation: { id: string; number: string; title: string; severity: Severity; level: number; levelName: string };
  event: { type: EventType; body: string | null; details: Record<string, unknown> | null };
}

export interface Message {
  subject: string;
  text: string;
  html: string;
}

const detail = (facts: MessageFacts, key: string): string => {
  const value = facts.event.details?.[key];
  return typeof value === 'string' ? value : '';
};

/** The scheduler names clocks as in the SLA contracts; people read them this way. */
const CLOCK_NAMES: Record<string, string> = {
  response: 'response',
  resolution: 'resolution',
  levelBudget: 'level budget',
  updateCadence: 'stakeholder update',
};
const clockOf = (facts: MessageFacts) => CLOCK_NAMES[detail(facts, 'clock')] ?? 'SLA';

/** One line saying what happened, for staff. */
function staffHeadline(facts: MessageFacts): string {
  const { level, levelName, severity } = facts.escalation;
  const at = `level ${level} (${levelName})`;
  switch (facts.event.type) {
    case 'created':
      return `New escalation at ${at}`;
    case 'escalate':
      return `Escalated to ${at}`;
    case 'de-escalate':
      return `De-escalated to ${at}`;
    case 'assign':
      return 'Assigned';
    case 'acknowledge':
      return 'Acknowledged';
    case 'comment':
      return 'New comment';
    case 'stakeholder-update':
      return 'Stakeholder update sent';
    case 'wait':
      return 'Waiting on the stakeholder';
    case 'resume':
      return 'Resumed';
    case 'resolve':
      return 'Resolved';
    case 'reopen':
      return 'Reopened';
    case 'close':
      return 'Closed';
    case 'sla-warning':
      return `SLA warning: the ${clockOf(facts)} clock is close to its due time`;
    case 'sla-breach':
      return `SLA breached: the ${clockOf(facts)} clock passed its due time`;
    case 'reminder':
      return `Still unacknowledged at ${at}`;
    case 'rule-fired':
      return `Rule fired: ${detail(facts, 'ruleName') || detail(facts, 'ruleId') || 'a trigger rule'}`;
    case 'raise-severity':
      return `Severity raised to ${severity}`;
    case 'alert-resolved':
      return 'Monitoring reports the alert resolved';
    case 'alert-refired':
      return 'The alert fired again';
  }
}

/** What a stakeholder is told: only level changes, public updates and the resolution, never internal text. */
function stakeholderHeadline(facts: MessageFacts): { headline: string; body: string | null } {
  const { level, levelName } = facts.escalation;
  switch (facts.event.type) {
    case 'created':
      return { headline: 'We are working on your issue', body: null };
    case 'escalate':
    case 'de-escalate':
      return { headline: `Your issue is now with ${levelName} (level ${level})`, body: null };
    case 'stakeholder-update':
      return { headline: 'An update on your issue', body: facts.event.body };
    case 'resolve':
      return { headline: 'Your issue is resolved', body: facts.event.body };
    default:
      return { headline: 'Your issue has changed', body: null };
  }
}

interface Draft {
  /** ESC-<number>, in the subject. */
  tag: string;
  reference: string;
  greeting?: string;
  headline: string;
  body: string | null;
  link: { url: string; label: string };
}

function compose(d: Draft): Message {
  const paragraphs = [...(d.greeting ? [d.greeting] : []), d.reference, d.headline, ...(d.body ? [d.body] : [])];
  return {
    subject: `[${d.tag}] ${d.headline}`,
    text: `${paragraphs.join('\n\n')}\n\n${d.link.label}: ${d.link.url}\n`,
    html: [
      '<!doctype html><html><body style="font-family:Arial,Helvetica,sans-serif;line-height:1.5;color:#222;max-width:640px">',
      ...(d.greeting ? [`<p>${escapeHtml(d.greeting)}</p>`] : []),
      `<p style="color:#555">${escapeHtml(d.reference)}</p>`,
      `<h2 style="font-size:18px;margin:0 0 12px">${escapeHtml(d.headline)}</h2>`,
      ...(d.body ? [`<p style="white-space:pre-wrap">${escapeHtml(d.body)}</p>`] : []),
      `<p><a href="${escapeHtml(d.link.url)}">${escapeHtml(d.link.label)}</a></p>`,
      '</body></html>',
    ].join('\n'),
  };
}

const tagOf = (facts: MessageFacts) => `ESC-${facts.escalation.number}`;

/** The message for staff (emails, webhooks, in-app): the event's own text included. */
export function staffMessage(facts: MessageFacts, escalationUrl: string): Message {
  const { severity, title } = facts.escalation;
  return compose({
    tag: tagOf(facts),
    reference: `${tagOf(facts)} · ${severity} · ${title}`,
    headline: staffHeadline(facts),
    body: facts.event.body,
    link: { url: escalationUrl, label: 'Open the escalation' },
  });
}

/** The message for a stakeholder, with their status link; no severity, no internal text. */
export function stakeholderMessage(facts: MessageFacts, name: string, statusUrl: string): Message {
  return compose({
    tag: tagOf(facts),
    reference: `${tagOf(facts)} · ${facts.escalation.title}`,
    greeting: `Hello ${name},`,
    ...stakeholderHeadline(facts),
    link: { url: statusUrl, label: 'Follow its status' },
  });
}

/** The in-app notification: the subject staff would see in an email, and a short body for the bell's list. */
export function inAppMessage(facts: MessageFacts): { subject: string; body: string } {
  const { severity, title } = facts.escalation;
  const body = [`${severity} · ${title}`, ...(facts.event.body ? [facts.event.body] : [])].join('\n');
  return { subject: `[${tagOf(facts)}] ${staffHeadline(facts)}`, body };
}
