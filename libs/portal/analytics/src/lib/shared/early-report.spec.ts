import { fetchAnswer, type FetchAnswer } from './fetch-answer.fixture';
import { askReportOfAddress, takeReportAskedAhead } from './early-report';

const NOW = Date.parse('2026-11-26T10:00:00Z');
const FLOW = { name: 'flow', params: { from: '2026-08-28', to: '2026-11-25', teamId: 'a,b' } } as const;
const FLOW_ADDRESS = { pathname: '/reports/flow', search: '?from=2026-08-28&to=2026-11-25&teamId=a,b&view=table' };

describe('the report asked for by the address', () => {
  const fetchMock = jest.fn<Promise<FetchAnswer>, [string, RequestInit]>();
  beforeEach(() => {
    fetchMock.mockReset();
    fetchMock.mockResolvedValue(fetchAnswer(200, { escalations: 12 }));
    global.fetch = fetchMock as unknown as typeof fetch;
    void takeReportAskedAhead(FLOW); // forget what an earlier test asked
  });

  it("sends the report page's first request with the session cookie and hands its body to that request", async () => {
    askReportOfAddress(FLOW_ADDRESS, NOW);
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/analytics/flow?from=2026-08-28&to=2026-11-25&teamId=a%2Cb',
      expect.objectContaining({ credentials: 'same-origin' }),
    );
    await expect(takeReportAskedAhead(FLOW, NOW + 800)).resolves.toEqual({ escalations: 12 });
  });

  it('gives its answer once only', () => {
    askReportOfAddress(FLOW_ADDRESS, NOW);
    expect(takeReportAskedAhead(FLOW, NOW)).not.toBeNull();
    expect(takeReportAskedAhead(FLOW, NOW)).toBeNull();
  });

  it('answers null when the request failed or was refused', async () => {
    fetchMock.mockResolvedValueOnce(fetchAnswer(403, { code: 'forbidden' }));
    askReportOfAddress(FLOW_ADDRESS, NOW);
    await expect(takeReportAskedAhead(FLOW, NOW)).resolves.toBeNull();

    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    askReportOfAddress(FLOW_ADDRESS, NOW);
    await expect(takeReportAskedAhead(FLOW, NOW)).resolves.toBeNull();
  });

  it('is not handed to another request, and is given up all the same', () => {
    askReportOfAddress(FLOW_ADDRESS, NOW);
    expect(takeReportAskedAhead({ name: 'flow', params: { ...FLOW.params, teamId: 'a' } }, NOW)).toBeNull();
    expect(takeReportAskedAhead(FLOW, NOW)).toBeNull();
  });

  it('is not handed out after 30 s: the page asks for fresh figures', () => {
    askReportOfAddress(FLOW_ADDRESS, NOW);
    expect(takeReportAskedAhead(FLOW, NOW + 30_001)).toBeNull();
  });

  it('sends nothing for an address that is not a report page', () => {
    for (const pathname of ['/escalations', '/reports', '/reports/drill-down', '/reports/flow/extra']) {
      askReportOfAddress({ pathname, search: '' }, NOW);
    }
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
