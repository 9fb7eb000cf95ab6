import { surveyEmail } from './survey-email';

const FACTS = {
  escalationNumber: '42',
  title: 'VPN <down> for Sales',
  name: 'Pat Client',
  expiresAt: new Date('2026-11-16T10:00:00Z'),
};

describe('the survey email', () => {
  it('invites in plain text with the survey link, its expiry and the opt-out link, token left as a placeholder', () => {
    const mail = surveyEmail('invitation', FACTS, 'https://ladder.test');
    expect(mail.subject).toBe('[ESC-42] How did we do?');
    expect(mail.text).toBe(
      'Hello Pat Client,\n\n' +
        'Your issue ESC-42 · VPN <down> for Sales has been resolved. How did we do? Answering takes under a minute.\n\n' +
        'Answer the survey: https://ladder.test/survey/{{link_token}}\n\n' +
        'The link works until 16 November 2026.\n\n' +
        'No more surveys from us: https://ladder.test/survey/{{link_token}}/opt-out\n',
    );
  });

  it('escapes the title in HTML and links both pages', () => {
    const { html } = surveyEmail('invitation', FACTS, 'https://ladder.test');
    expect(html).toContain('VPN &lt;down&gt; for Sales');
    expect(html).toContain('href="https://ladder.test/survey/{{link_token}}"');
    expect(html).toContain('<a href="https://ladder.test/survey/{{link_token}}/opt-out">No more surveys from us</a>');
  });

  it('reminds under its own subject, and greets someone without a name plainly', () => {
    const mail = surveyEmail('reminder', { ...FACTS, name: null }, 'https://ladder.test');
    expect(mail.subject).toBe('[ESC-42] Reminder: how did we do?');
    expect(mail.text.startsWith('Hello,\n\nA few days ago we asked how we handled your issue ESC-42')).toBe(true);
  });
});
