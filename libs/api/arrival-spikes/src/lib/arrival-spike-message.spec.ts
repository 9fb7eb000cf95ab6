import { arrivalSpikeMessage } from './arrival-spike-message';

describe('arrivalSpikeMessage', () => {
  const url = 'https://ladder.example/escalations?sort=-created';

  it('tells the service, the count and the usual count in-app, and adds the queue link by email', () => {
    expect(arrivalSpikeMessage('affectedService', 'Database', 14, { mean: 2.125, weeks: 8 }, url)).toEqual({
      subject: 'Arrival spike: Service Database',
      inAppBody:
        'Service Database: 14 new escalations in the last hour; usually 2.1 at this hour of the week (8 weeks).',
      emailText:
        'Service Database: 14 new escalations in the last hour; usually 2.1 at this hour of the week (8 weeks).\n\n' +
        `Open the queue: ${url}\n`,
      emailHtml: [
        '<!doctype html><html><body style="font-family:Arial,Helvetica,sans-serif;line-height:1.5;color:#222;max-width:640px">',
        '<p>Service Database: 14 new escalations in the last hour; usually 2.1 at this hour of the week (8 weeks).</p>',
        '<p><a href="https://ladder.example/escalations?sort=-created">Open the queue</a></p>',
        '</body></html>',
      ].join('\n'),
    });
  });

  it('escapes a category name in the HTML only', () => {
    const message = arrivalSpikeMessage('category', 'R&D <lab>', 6, { mean: 1, weeks: 4 }, url);
    expect(message.subject).toBe('Arrival spike: Category R&D <lab>');
    expect(message.emailHtml).toContain(
      '<p>Category R&amp;D &lt;lab&gt;: 6 new escalations in the last hour; usually 1.0 at this hour of the week (4 weeks).</p>',
    );
  });
});
