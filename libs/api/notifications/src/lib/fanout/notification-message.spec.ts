import { staffMessage, stakeholderMessage, type MessageFacts } from './notification-message';

const facts = (type: MessageFacts['event']['type'], body: string | null = null): MessageFacts => ({
  escalation: {
    id: 'e1',
    number: '1042',
    title: 'VPN <down> & out',
    severity: 'S2',
    level: 2,
    levelName: 'Team Lead',
  },
  event: { type, body, details: type === 'sla-breach' ? { clock: 'levelBudget' } : null },
});

describe('staffMessage', () => {
  it('says what happened, quotes the event text and links to the escalation, in text and escaped HTML', () => {
    const message = staffMessage(facts('escalate', 'needs a <b>lead</b>'), 'https://ladder.test/escalations/e1');
    expect(message.subject).toBe('[ESC-1042] Escalated to level 2 (Team Lead)');
    expect(message.text).toBe(
      'ESC-1042 · S2 · VPN <down> & out\n\nEscalated to level 2 (Team Lead)\n\nneeds a <b>lead</b>\n\n' +
        'Open the escalation: https://ladder.test/escalations/e1\n',
    );
    expect(message.html).toContain('<p style="color:#555">ESC-1042 · S2 · VPN &lt;down&gt; &amp; out</p>');
    expect(message.html).toContain('<p style="white-space:pre-wrap">needs a &lt;b&gt;lead&lt;/b&gt;</p>');
    expect(message.html).toContain('<a href="https://ladder.test/escalations/e1">Open the escalation</a>');
  });

  it('names the clock of a breach', () => {
    expect(staffMessage(facts('sla-breach'), 'u').subject).toBe(
      '[ESC-1042] SLA breached: the level budget clock passed its due time',
    );
  });
});

describe('stakeholderMessage', () => {
  it('greets the stakeholder, leaves out the internal reason of a level change and links to the status page', () => {
    const message = stakeholderMessage(facts('escalate', 'internal reason'), 'Pat', 'https://ladder.test/status/tok');
    expect(message.subject).toBe('[ESC-1042] Your issue is now with Team Lead (level 2)');
    expect(message.text).toBe(
      'Hello Pat,\n\nESC-1042 · VPN <down> & out\n\nYour issue is now with Team Lead (level 2)\n\n' +
        'Follow its status: https://ladder.test/status/tok\n',
    );
    expect(message.html).not.toContain('internal reason');
    expect(message.html).toContain('<a href="https://ladder.test/status/tok">Follow its status</a>');
  });

  it('carries the text of a public update and of the resolution summary', () => {
    expect(stakeholderMessage(facts('stakeholder-update', 'Fix at 5pm'), 'Pat', 'l').text).toContain(
      'An update on your issue\n\nFix at 5pm\n\n',
    );
    expect(stakeholderMessage(facts('resolve', 'Router replaced'), 'Pat', 'l').text).toContain(
      'Your issue is resolved\n\nRouter replaced\n\n',
    );
  });
});
