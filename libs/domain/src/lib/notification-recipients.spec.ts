import type { Contact, EventType } from '@ladder/contracts';
import {
  notificationRecipients,
  reachOutHolds,
  type RecipientQuestion,
  type StaffMember,
} from './notification-recipients';

const sam: StaffMember = { id: 'u-sam', name: 'Sam Okafor', email: 'sam@x.test' };
const kim: StaffMember = { id: 'u-kim', name: 'Kim Lee', email: 'kim@x.test' };

const contact = (name: string, channel: string, address: string, notify?: Contact['notify']): Contact => ({
  name,
  role: 'r',
  channel,
  address,
  whenToReachOut: 'w',
  ...(notify && { notify }),
});

const LEVELS: RecipientQuestion['levels'] = [
  { level: 1, contacts: [contact('Desk chat', 'chat', '#desk', {})] },
  {
    level: 2,
    contacts: [
      contact('Leads mailbox', 'email', 'Leads@X.test', { severities: ['S1', 'S2'] }),
      contact('Leads phone', 'phone', '+1 555', { severities: ['S2'] }),
      contact('Leads hook', 'webhook', 'https://hooks.test/leads', {}),
      contact('Leads quiet', 'email', 'quiet@x.test'),
    ],
  },
  {
    level: 4,
    contacts: [
      contact('Bridge', 'email', 'bridge@x.test', { severities: ['S1'] }),
      contact('Bridge (overdue)', 'email', 'bridge@x.test', { afterUnacknowledgedMinutes: 60 }),
      contact('Head', 'email', 'head@x.test', { severities: ['S1'], afterUnacknowledgedMinutes: 30 }),
    ],
  },
];

function ask(
  type: EventType,
  over: Partial<RecipientQuestion['escalation']> = {},
  more: Partial<RecipientQuestion> = {},
) {
  return notificationRecipients({
    event: { type, visibility: type === 'stakeholder-update' ? 'public' : 'internal', actorId: null, details: null },
    escalation: {
      severity: 'S2',
      level: 2,
      unacknowledgedMinutes: 0,
      stakeholders: [{ name: 'Pat', email: 'Pat@Client.test' }],
      ...over,
    },
    levels: LEVELS,
    assignee: null,
    teamAgents: [sam, kim],
    team: { name: 'Team Leads', webhookUrl: 'https://hooks.test/team' },
    ...more,
  });
}

const stakeholderPat = { channel: 'email', audience: 'stakeholder', address: 'pat@client.test', name: 'Pat' };
const leadsMailbox = { channel: 'email', audience: 'staff', address: 'leads@x.test', name: 'Leads mailbox' };
const leadsHook = { channel: 'webhook', address: 'https://hooks.test/leads', name: 'Leads hook' };
const teamHook = { channel: 'webhook', address: 'https://hooks.test/team', name: 'Team Leads' };
const inApp = (user: StaffMember) => ({ channel: 'in-app', user });

describe('reachOutHolds', () => {
  it('never reaches a contact that says nothing about when', () => {
    expect(reachOutHolds(undefined, 'S1', 500)).toBe(false);
  });
  it('checks the severity and the minutes unacknowledged (at or past the threshold)', () => {
    expect(reachOutHolds({ severities: ['S1'] }, 'S2', 0)).toBe(false);
    expect(reachOutHolds({ afterUnacknowledgedMinutes: 60 }, 'S2', 59)).toBe(false);
    expect(reachOutHolds({ afterUnacknowledgedMinutes: 60 }, 'S2', 60)).toBe(true);
    expect(reachOutHolds({ afterUnacknowledgedMinutes: 60 }, 'S2', null)).toBe(false);
    expect(reachOutHolds({}, 'S4', null)).toBe(true);
  });
});

describe('notificationRecipients', () => {
  it('on arrival at a level: stakeholders, the contacts whose conditions hold, the team hook, the team agents', () => {
    expect(ask('escalate')).toEqual([stakeholderPat, leadsMailbox, leadsHook, teamHook, inApp(sam), inApp(kim)]);
  });

  it('leaves out contacts whose severity does not match', () => {
    expect(ask('created', { severity: 'S3' })).toEqual([stakeholderPat, leadsHook, teamHook, inApp(sam), inApp(kim)]);
  });

  it('on opening, also reaches the extra contacts of the matched scenario guidelines whose conditions hold', () => {
    const extraContacts = [
      contact('Payroll vendor', 'email', 'Support@Payroll.test', {}),
      contact('Payroll hook', 'webhook', 'https://hooks.test/payroll', { severities: ['S2'] }),
      contact('Payroll S1 only', 'email', 's1@payroll.test', { severities: ['S1'] }),
      contact('Payroll phone', 'phone', '+1 555 0177', {}),
      contact('Payroll quiet', 'email', 'quiet@payroll.test'),
    ];
    const opened = (type: EventType) =>
      ask(type, {}, { event: { type, visibility: 'internal', actorId: null, details: { extraContacts } } });
    expect(opened('created')).toEqual([
      stakeholderPat,
      leadsMailbox,
      leadsHook,
      { channel: 'email', audience: 'staff', address: 'support@payroll.test', name: 'Payroll vendor' },
      { channel: 'webhook', address: 'https://hooks.test/payroll', name: 'Payroll hook' },
      teamHook,
      inApp(sam),
      inApp(kim),
    ]);
    expect(opened('escalate')).toEqual([stakeholderPat, leadsMailbox, leadsHook, teamHook, inApp(sam), inApp(kim)]);
  });

  it('notifies the assignee rather than the whole team, and never the actor', () => {
    expect(ask('de-escalate', {}, { assignee: kim })).toEqual([
      stakeholderPat,
      leadsMailbox,
      leadsHook,
      teamHook,
      inApp(kim),
    ]);
    const byKim = ask(
      'comment',
      {},
      { event: { type: 'comment', visibility: 'internal', actorId: 'u-kim', details: null } },
    );
    expect(byKim).toEqual([inApp(sam)]);
  });

  it('never tells stakeholders of internal comments, only staff', () => {
    expect(ask('comment')).toEqual([inApp(sam), inApp(kim)]);
  });

  it('sends a public stakeholder update to the stakeholders only', () => {
    expect(ask('stakeholder-update')).toEqual([stakeholderPat]);
    const internal = ask(
      'stakeholder-update',
      {},
      {
        event: { type: 'stakeholder-update', visibility: 'internal', actorId: null, details: null },
      },
    );
    expect(internal).toEqual([]);
  });

  it('tells stakeholders and staff of the resolution, without contacts or hooks', () => {
    expect(ask('resolve')).toEqual([stakeholderPat, inApp(sam), inApp(kim)]);
  });

  it('sends warnings and breaches to staff and the team hook, never to stakeholders', () => {
    expect(ask('sla-warning')).toEqual([teamHook, inApp(sam), inApp(kim)]);
    expect(ask('sla-breach', {}, { team: { name: 'Team Leads', webhookUrl: null } })).toEqual([inApp(sam), inApp(kim)]);
  });

  it('reminds the reached contacts once their unacknowledged threshold passes, one email per address', () => {
    expect(ask('reminder', { level: 4, severity: 'S1', unacknowledgedMinutes: 29 })).toEqual([
      { channel: 'email', audience: 'staff', address: 'bridge@x.test', name: 'Bridge' },
      inApp(sam),
      inApp(kim),
    ]);
    expect(ask('reminder', { level: 4, severity: 'S1', unacknowledgedMinutes: 60 })).toEqual([
      { channel: 'email', audience: 'staff', address: 'bridge@x.test', name: 'Bridge' },
      { channel: 'email', audience: 'staff', address: 'head@x.test', name: 'Head' },
      inApp(sam),
      inApp(kim),
    ]);
    expect(ask('reminder', { level: 4, severity: 'S3', unacknowledgedMinutes: null })).toEqual([
      inApp(sam),
      inApp(kim),
    ]);
  });

  it('also reminds contacts of other levels that asked to hear of escalations left unacknowledged that long', () => {
    expect(ask('reminder', { level: 2, severity: 'S3', unacknowledgedMinutes: 60 })).toEqual([
      { channel: 'webhook', address: 'https://hooks.test/leads', name: 'Leads hook' },
      { channel: 'email', audience: 'staff', address: 'bridge@x.test', name: 'Bridge (overdue)' },
      inApp(sam),
      inApp(kim),
    ]);
    // Arriving at a level is not a reminder: only that level's contacts hear of it.
    expect(ask('escalate', { level: 2, severity: 'S3', unacknowledgedMinutes: 60 })).not.toContainEqual(
      expect.objectContaining({ address: 'bridge@x.test' }),
    );
  });

  it('notifies the contact a rule names, on the level it names, whatever its own conditions', () => {
    const fired = (details: Record<string, unknown>) =>
      ask(
        'rule-fired',
        { level: 1 },
        { event: { type: 'rule-fired', visibility: 'internal', actorId: null, details } },
      );
    expect(fired({ action: 'notify', contact: 'Bridge', level: 4 })).toEqual([
      { channel: 'email', audience: 'staff', address: 'bridge@x.test', name: 'Bridge' },
    ]);
    expect(fired({ action: 'notify', contact: 'Leads quiet' })).toEqual([
      { channel: 'email', audience: 'staff', address: 'quiet@x.test', name: 'Leads quiet' },
    ]);
    expect(fired({ action: 'notify', contact: 'Bridge', level: 2 })).toEqual([]);
    expect(fired({ action: 'escalate', toLevel: 2 })).toEqual([]);
  });

  it('gives an address that is both a stakeholder and a contact the stakeholder message only', () => {
    const both = ask('escalate', { stakeholders: [{ name: 'Leads', email: 'leads@x.test' }] }, { teamAgents: [] });
    expect(both).toEqual([
      { channel: 'email', audience: 'stakeholder', address: 'leads@x.test', name: 'Leads' },
      leadsHook,
      teamHook,
    ]);
  });

  it('sends nothing for acknowledgements, waits, resumes and closes', () => {
    for (const type of ['acknowledge', 'wait', 'resume', 'close'] as const) expect(ask(type)).toEqual([]);
  });
});
