import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { SurveyTemplate } from '@ladder/contracts';
import { ApiError, Notifier } from '@ladder/portal/core';
import { of, throwError } from 'rxjs';
import { SurveysApi } from '../shared/surveys.api';
import { SurveyTemplatePage } from './survey-template.page';

const version = (n: number, prompt: string): SurveyTemplate => ({
  id: `7c1a0d6e-0000-4000-8000-00000000000${n}`,
  version: n,
  definition: {
    questions: [{ kind: 'rating', key: 'overall', prompt, required: true, lowLabel: 'Poor', highLabel: 'Great' }],
    csatQuestion: 'overall',
  },
  createdAt: '2026-11-20T09:00:00.000Z',
  createdBy: n === 1 ? null : 'Pat Owner',
  responses: 10 * n,
});

async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
  fixture.detectChanges();
}

describe('SurveyTemplatePage', () => {
  async function render(templates: jest.Mock, saveTemplate: jest.Mock) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: SurveysApi, useValue: { templates, saveTemplate } },
        { provide: Notifier, useValue: { info: jest.fn(), error: jest.fn() } },
      ],
    });
    const fixture = TestBed.createComponent(SurveyTemplatePage);
    fixture.detectChanges();
    await settle(fixture);
    const el = fixture.nativeElement as HTMLElement;
    const text = (selector: string) => el.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
    const button = (label: string) => {
      const found = Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.trim() === label);
      if (!found) throw new Error(`no button ${label}`);
      return found;
    };
    const prompt = () => {
      const input = el.querySelector<HTMLInputElement>('ladder-question-editor input');
      if (!input) throw new Error('no prompt');
      return input;
    };
    return { fixture, el, text, button, prompt };
  }

  it('edits the current version, previews it and lists the versions with their responses', async () => {
    const { el, text, prompt } = await render(
      jest.fn().mockReturnValue(of({ items: [version(1, 'Overall?'), version(2, 'How satisfied are you?')] })),
      jest.fn(),
    );
    expect(text('mat-card-subtitle')).toBe('Editing version 2; saving makes a new version');
    expect(prompt().value).toBe('How satisfied are you?');
    expect(text('.preview legend')).toBe('How satisfied are you? * (required)');
    const rows = Array.from(el.querySelectorAll('tbody tr')).map((r) =>
      Array.from(r.querySelectorAll('td')).map((td) => td.textContent?.replace(/\s+/g, ' ').trim()),
    );
    // The saved time is shown in the browser's zone; the other cells are exact.
    expect(rows.map(([v, , by, questions, responses]) => [v, by, questions, responses])).toEqual([
      ['2 (current)', 'Pat Owner', '1', '20'],
      ['1', 'Seeded', '1', '10'],
    ]);
  });

  it('shows the schema’s messages inline as the draft changes and previews added questions', async () => {
    const { fixture, el, text, button, prompt } = await render(
      jest.fn().mockReturnValue(of({ items: [version(2, 'How satisfied are you?')] })),
      jest.fn(),
    );
    prompt().value = ' ';
    prompt().dispatchEvent(new Event('input'));
    await settle(fixture);
    expect(text('ladder-question-editor mat-error')).toBe('Required');
    expect(text('ladder-question-editor h3')).toBe('Question 1 · Rating 1-5');
    expect(Array.from(el.querySelectorAll('ladder-question-editor .tag')).map((t) => t.textContent?.trim())).toEqual([
      'CSAT',
      '1 to fix',
    ]);

    button('Add free text').click();
    fixture.detectChanges();
    expect(el.querySelectorAll('.preview fieldset')).toHaveLength(2);
    expect(button('Save as version 3')).toBeTruthy();
  });

  it('keeps the draft when someone saved a newer version and lets the user save on top of it', async () => {
    const templates = jest
      .fn()
      .mockReturnValueOnce(of({ items: [version(2, 'Old prompt')] }))
      .mockReturnValueOnce(of({ items: [version(2, 'Old prompt'), version(3, 'Their prompt')] }));
    const saveTemplate = jest
      .fn()
      .mockReturnValueOnce(throwError(() => new ApiError(409, 'stale_version', 'Stale')))
      .mockImplementationOnce(() => of(version(4, 'My prompt')));
    const { fixture, text, button, prompt } = await render(templates, saveTemplate);

    prompt().value = 'My prompt';
    prompt().dispatchEvent(new Event('input'));
    button('Save as version 3').click();
    await settle(fixture);

    expect(text('ladder-conflict-notice .message')).toBe(
      'Someone saved version 3 while you were editing. Your draft is kept below; load theirs, or save yours on top of it.',
    );
    expect(prompt().value).toBe('My prompt');

    button('Save my draft as version 4').click();
    await settle(fixture);
    expect(saveTemplate).toHaveBeenLastCalledWith({
      basedOnVersion: 3,
      definition: expect.objectContaining({ questions: [expect.objectContaining({ prompt: 'My prompt' })] }),
    });
    expect(text('ladder-conflict-notice')).toBeUndefined();
    expect(text('mat-card-subtitle')).toBe('Editing version 4; saving makes a new version');
  });
});
