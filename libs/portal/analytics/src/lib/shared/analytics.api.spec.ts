import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { AnalyticsApi } from './analytics.api';
import { fetchAnswer, type FetchAnswer } from './fetch-answer.fixture';
import { askReportOfAddress } from './early-report';

const RANGE = { from: '2026-08-28', to: '2026-11-25' };

describe('AnalyticsApi prefetch', () => {
  let api: AnalyticsApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(AnalyticsApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  const sent = () => http.match(() => true).map((request) => request.request.urlWithParams);

  it('sends the request at once and hands its answer to the page asking for the same report, without asking again', async () => {
    api.prefetch({ name: 'flow', params: { ...RANGE, team: 't1' } });
    // The same parameters in another order are the same request: still the one sent.
    const taken = firstValueFrom(api.report('flow', { team: 't1', ...RANGE }));
    http.expectOne('/api/analytics/flow?from=2026-08-28&to=2026-11-25&team=t1').flush({ links: [7] });
    await expect(taken).resolves.toEqual({ links: [7] });
  });

  it('gives a prefetched answer once: asking again sends a new request', async () => {
    api.prefetch({ name: 'flow', params: RANGE });
    const first = firstValueFrom(api.report('flow', RANGE));
    http.expectOne('/api/analytics/flow?from=2026-08-28&to=2026-11-25').flush({ links: [1] });
    await first;

    const second = firstValueFrom(api.report('flow', RANGE));
    http.expectOne('/api/analytics/flow?from=2026-08-28&to=2026-11-25').flush({ links: [2] });
    await expect(second).resolves.toEqual({ links: [2] });
  });

  it('asks anew for another report or other parameters, keeping the answer for its own page', () => {
    api.prefetch({ name: 'flow', params: RANGE });
    api.report('flow', { ...RANGE, team: 't1' }).subscribe();
    api.report('load', RANGE).subscribe();
    api.report('flow', RANGE).subscribe();
    expect(sent()).toEqual([
      '/api/analytics/flow?from=2026-08-28&to=2026-11-25',
      '/api/analytics/flow?from=2026-08-28&to=2026-11-25&team=t1',
      '/api/analytics/load?from=2026-08-28&to=2026-11-25',
    ]);
    http.match(() => true).forEach((request) => request.flush({}));
  });

  it('asks again rather than hand out an answer that waited more than 30 s for its page', () => {
    const now = jest.spyOn(Date, 'now').mockReturnValue(1_000_000);
    api.prefetch({ name: 'flow', params: RANGE });
    now.mockReturnValue(1_030_001);
    api.report('flow', RANGE).subscribe();
    expect(sent()).toHaveLength(2);
    http.match(() => true).forEach((request) => request.flush({}));
    now.mockRestore();
  });

  it('passes a failed prefetch on to the page that takes it', async () => {
    api.prefetch({ name: 'survival', params: RANGE });
    http
      .expectOne('/api/analytics/survival?from=2026-08-28&to=2026-11-25')
      .flush({ code: 'invalid_request', message: 'bad range' }, { status: 400, statusText: 'Bad Request' });
    await expect(firstValueFrom(api.report('survival', RANGE))).rejects.toMatchObject({ status: 400 });
  });

  describe('with the report asked by the address before Angular started', () => {
    const fetchMock = jest.fn<Promise<FetchAnswer>, [string, RequestInit]>();
    beforeEach(() => {
      fetchMock.mockReset();
      global.fetch = fetchMock as unknown as typeof fetch;
    });
    const ask = () => askReportOfAddress({ pathname: '/reports/flow', search: '?from=2026-08-28&to=2026-11-25' });

    it('hands its answer to the page without sending the request again', async () => {
      fetchMock.mockResolvedValue(fetchAnswer(200, { links: [3] }));
      ask();
      api.prefetch({ name: 'flow', params: RANGE });
      await expect(firstValueFrom(api.report('flow', RANGE))).resolves.toEqual({ links: [3] });
      expect(fetchMock).toHaveBeenCalledTimes(1);
      expect(sent()).toEqual([]);
    });

    it('asks again through HttpClient when that answer failed, so the page reports the error as usual', async () => {
      fetchMock.mockResolvedValue(fetchAnswer(401, { code: 'unauthenticated' }));
      ask();
      api.prefetch({ name: 'flow', params: RANGE });
      const taken = firstValueFrom(api.report('flow', RANGE));
      await Promise.resolve();
      await new Promise((resolve) => setTimeout(resolve));
      http.expectOne('/api/analytics/flow?from=2026-08-28&to=2026-11-25').flush({ links: [4] });
      await expect(taken).resolves.toEqual({ links: [4] });
    });
  });
});
