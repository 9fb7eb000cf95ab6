import type { SurveyReport } from '@ladder/contracts';
import { of } from 'rxjs';
import { renderReportPage, toggleButton } from '../shared/report-page.fixture';
import { EMPTY_SURVEY_REPORT, SURVEY_REPORT } from './surveys.fixture';
import { SurveysPage } from './surveys.page';

const RANGE = 'from=2026-11-01&to=2026-11-30';

async function render(query: string, answer: SurveyReport = SURVEY_REPORT) {
  const api = { report: jest.fn((_name: string, _params: Record<string, string>) => of(answer)) };
  const page = await renderReportPage(SurveysPage, `/?${query}`, api);
  const settle = async () => {
    page.fixture.detectChanges();
    await page.fixture.whenStable();
    page.fixture.detectChanges();
  };
  return { ...page, api, settle };
}

const texts = (el: HTMLElement, selector: string) =>
  Array.from(el.querySelectorAll(selector)).map((node) => node.textContent?.replace(/\s+/g, ' ').trim());

describe('SurveysPage', () => {
  it('asks for the survey report over the filters, grouped by team with a 4 h threshold, and shows every part', async () => {
    const { el, api } = await render(`${RANGE}&severity=S1&compare=previous`);
    // One report: the survey page compares no period.
    expect(api.report.mock.calls).toEqual([
      ['surveys', { from: '2026-11-01', to: '2026-11-30', severity: 'S1', groupBy: 'team', hoursAtLevel: '4' }],
    ]);
    expect(texts(el, 'h2')).toEqual([
      'Responses and satisfaction',
      'CSAT by team',
      'What moves satisfaction',
      'How satisfied are you with how this was handled?',
      'Were you kept informed?',
      'Was it handled at the right level?',
      'Comments',
    ]);
    expect(texts(el, 'ladder-survey-summary-section li .value')).toEqual(['60', '30', '18', '57.7%', '70%', '3.87']);
    expect(texts(el, '.findings li')[0]).toBe(
      'Escalations that waited over 4 h at L2 score 1.1 lower (n=12 vs 15, 95 % CI 0.6 to 1.6).',
    );
    const labels = Array.from(el.querySelectorAll('canvas')).map((c) => c.getAttribute('aria-label'));
    expect(labels).toHaveLength(5);
    expect(labels[0]).toContain('CSAT, the share of responses rating overall satisfaction 4 or 5, per team');
    const escalation = el.querySelector<HTMLAnchorElement>('ladder-survey-comments-section table a');
    expect(escalation?.textContent?.trim()).toBe('ESC-1042');
    expect(escalation?.getAttribute('href')).toBe('/escalations/10000000-0000-4000-8000-000000001042');
    expect(texts(el, 'ladder-survey-comments-section th')).toContain('Respondent');
  });

  it('keeps the grouping, the threshold and the comment filters in the URL and asks with them', async () => {
    const { el, api, router, settle } = await render(
      `${RANGE}&groupBy=severity&commentMaxScore=2&commentText=%20slow%20`,
    );
    expect(api.report).toHaveBeenLastCalledWith('surveys', {
      from: '2026-11-01',
      to: '2026-11-30',
      groupBy: 'severity',
      hoursAtLevel: '4',
      commentMaxScore: '2',
      commentText: 'slow',
    });
    expect(el.textContent).toContain('Comments scored 2 or lower and containing “slow”, newest first');

    toggleButton(el, '8 h')?.click();
    await settle();
    expect(router.url).toBe(`/?${RANGE}&groupBy=severity&commentMaxScore=2&commentText=%20slow%20&hoursAtLevel=8`);
    expect(api.report).toHaveBeenLastCalledWith('surveys', expect.objectContaining({ hoursAtLevel: '8' }));
    expect(texts(el, '.findings li')[0]).toMatch(/^Escalations that waited over 8 h at L2/);

    const search = el.querySelector<HTMLInputElement>('ladder-survey-comments-section input');
    if (!search) throw new Error('no comment search');
    search.value = '  ';
    search.dispatchEvent(new Event('change'));
    await settle();
    expect(router.url).toBe(`/?${RANGE}&groupBy=severity&commentMaxScore=2&hoursAtLevel=8`);
    expect(api.report).toHaveBeenLastCalledWith('surveys', expect.not.objectContaining({ commentText: 'slow' }));
  });

  it('hides who answered when surveys are anonymous, and says so', async () => {
    const anonymous = {
      ...SURVEY_REPORT,
      anonymous: true,
      comments: SURVEY_REPORT.comments.map((c) => ({ ...c, respondent: null })),
    };
    const { el } = await render(RANGE, anonymous);
    expect(el.textContent).toContain('Surveys are anonymous: figures and comments are shown without who answered.');
    expect(texts(el, 'ladder-survey-comments-section th')).not.toContain('Respondent');
  });

  it('says there are no survey responses when nobody was invited', async () => {
    const { el } = await render(RANGE, EMPTY_SURVEY_REPORT);
    expect(el.querySelector('canvas')).toBeNull();
    expect(texts(el, 'ladder-empty-state .title')).toEqual([
      'No survey responses in this period',
      'No survey responses in this period',
      'No survey responses in this period',
      'No survey responses in this period',
      'No written answers in this period',
    ]);
  });
});
