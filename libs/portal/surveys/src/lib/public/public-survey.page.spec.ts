import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { PublicSurvey } from '@ladder/contracts';
import { ApiError } from '@ladder/portal/core';
import { of, throwError } from 'rxjs';
import { PublicSurveyApi } from './public-survey.api';
import { PublicSurveyPage } from './public-survey.page';

const open: PublicSurvey = {
  state: 'open',
  respondentName: 'Kim',
  expiresAt: '2026-12-10T09:00:00.000Z',
  escalation: {
    number: 1042,
    title: 'VPN drops every 10 minutes for Finance',
    status: 'resolved',
    resolvedAt: '2026-11-26T15:00:00.000Z',
    resolutionSummary: 'Replaced the line card.',
    updates: [
      { at: '2026-11-26T10:00:00.000Z', body: 'We are looking into it.' },
      { at: '2026-11-26T11:00:00.000Z', body: 'The line card is being replaced.' },
    ],
  },
  questions: [
    {
      kind: 'rating',
      key: 'overall',
      prompt: 'Overall satisfaction',
      required: true,
      lowLabel: 'Poor',
      highLabel: 'Great',
    },
    {
      kind: 'choice',
      key: 'right_level',
      prompt: 'Handled at the right level?',
      required: false,
      options: [
        { value: 'yes', label: 'Yes' },
        { value: 'no', label: 'No' },
      ],
    },
    { kind: 'text', key: 'comment', prompt: 'Anything else?', required: false, maxLength: 500 },
  ],
};

async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
  fixture.detectChanges();
}

describe('PublicSurveyPage', () => {
  async function render(api: Partial<Record<keyof PublicSurveyApi, jest.Mock>>) {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: PublicSurveyApi, useValue: api }],
    });
    const fixture = TestBed.createComponent(PublicSurveyPage);
    fixture.componentRef.setInput('token', 'tok-1');
    fixture.detectChanges();
    await settle(fixture);
    const el = fixture.nativeElement as HTMLElement;
    const text = (selector: string) => el.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
    const radio = (name: string) =>
      Array.from(el.querySelectorAll<HTMLInputElement>('input[type=radio]')).find((r) =>
        r.closest('label')?.textContent?.replace(/\s+/g, ' ').trim().startsWith(name),
      );
    const submit = async () => {
      el.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
      await settle(fixture);
    };
    return { el, text, radio, submit, fixture };
  }

  it('shows the escalation, the resolution and the updates folded away, newest first', async () => {
    const { el, text } = await render({ get: jest.fn().mockReturnValue(of(open)) });
    expect(text('h1')).toBe('How did we handle ESC-1042?');
    expect(text('.escalation-title')).toBe('VPN drops every 10 minutes for Finance');
    expect(el.textContent).toContain('Replaced the line card.');
    expect(el.querySelector('details')?.open).toBe(false);
    expect(text('summary')).toBe('Updates we sent you (2)');
    expect(Array.from(el.querySelectorAll('details li .text')).map((p) => p.textContent)).toEqual([
      'The line card is being replaced.',
      'We are looking into it.',
    ]);
    expect(Array.from(el.querySelectorAll('legend')).map((l) => l.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Overall satisfaction * (required)',
      'Handled at the right level?',
      'Anything else?',
    ]);
    expect(el.querySelector('a[href="/opt-out"], a[href$="/opt-out"]')?.textContent?.trim()).toBe(
      'Stop receiving surveys',
    );
  });

  it('names the ends of the rating scale for screen readers', async () => {
    const { el } = await render({ get: jest.fn().mockReturnValue(of(open)) });
    const names = Array.from(el.querySelectorAll('.rating')).map(
      (l) => l.querySelector('.visually-hidden')?.textContent,
    );
    expect(names).toEqual(['1, Poor', '2', '3', '4', '5, Great']);
  });

  it('asks for a missing required answer and moves focus to it without sending', async () => {
    const respond = jest.fn();
    const { el, text, submit } = await render({ get: jest.fn().mockReturnValue(of(open)), respond });
    await submit();
    expect(respond).not.toHaveBeenCalled();
    expect(text('[role=alert]')).toBe('1 question needs your attention.');
    expect(text('.error')).toBe('Please choose a rating from 1 to 5.');
    const first = el.querySelector<HTMLInputElement>('input[type=radio]');
    expect(first?.getAttribute('aria-invalid')).toBe('true');
    expect(first?.getAttribute('aria-describedby')).toBe('survey-q0-error');
    expect(document.activeElement).toBe(first);
  });

  it('keeps every answer after a failed send and sends them again on retry, then thanks', async () => {
    const respond = jest
      .fn()
      .mockReturnValueOnce(throwError(() => new ApiError(0, 'network_error', 'The server could not be reached.')))
      .mockReturnValueOnce(of({}));
    const { el, text, radio, submit, fixture } = await render({ get: jest.fn().mockReturnValue(of(open)), respond });
    radio('4')?.click();
    radio('No')?.click();
    const textarea = el.querySelector('textarea');
    if (!textarea) throw new Error('no textarea');
    textarea.value = '  Quicker updates please ';
    textarea.dispatchEvent(new Event('input'));
    fixture.detectChanges();
    expect(text('.count')).toBe('22 / 500 characters');

    await submit();
    expect(respond).toHaveBeenLastCalledWith('tok-1', {
      overall: 4,
      right_level: 'no',
      comment: 'Quicker updates please',
    });
    expect(text('[role=alert]')).toBe(
      'Your answers could not be sent. The server could not be reached. Your answers are still here: try again.',
    );
    expect(radio('4')?.checked).toBe(true);
    expect(el.querySelector('textarea')?.value).toBe('  Quicker updates please ');

    await submit();
    expect(respond).toHaveBeenCalledTimes(2);
    expect(text('h1')).toBe('Thank you');
    expect(document.activeElement).toBe(el.querySelector('h1'));
    expect(text('#suggest-heading')).toBe('Suggest an improvement to our process');
  });

  it('shows the link’s own page when it was answered meanwhile', async () => {
    const get = jest
      .fn()
      .mockReturnValueOnce(of(open))
      .mockReturnValueOnce(of({ state: 'answered', answeredAt: '2026-11-27T08:00:00.000Z' }));
    const respond = jest.fn().mockReturnValue(throwError(() => new ApiError(409, 'survey_closed', 'Closed')));
    const { text, radio, submit } = await render({ get, respond });
    radio('5')?.click();
    await submit();
    expect(text('h1')).toBe('You have already answered this survey');
  });

  it.each([
    [new ApiError(404, 'not_found', 'x'), 'This survey link is not valid'],
    [new ApiError(429, 'rate_limited', 'x'), 'Please wait a moment'],
  ])('gives %s a friendly page', async (error, heading) => {
    const { text } = await render({ get: jest.fn().mockReturnValue(throwError(() => error)) });
    expect(text('h1')).toBe(heading);
  });

  it('says plainly that an expired survey has closed', async () => {
    const { text } = await render({
      get: jest.fn().mockReturnValue(of({ state: 'expired', expiredAt: '2026-12-10T09:00:00.000Z' })),
    });
    expect(text('h1')).toBe('This survey has closed');
  });
});
