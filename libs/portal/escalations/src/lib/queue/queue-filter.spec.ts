import { DEFAULT_FILTER, filterFromParams, filterToApiParams, filterToParams } from './queue-filter';

describe('queue filter in the URL', () => {
  it('reads the URL, dropping values the API would reject', () => {
    expect(
      filterFromParams({
        status: 'open,bogus,acknowledged',
        severity: 'S1,S9',
        level: '2,x,0',
        team: 't1',
        sla: 'breached,late',
        assignee: 'me',
        q: ' vpn ',
        sort: 'nope',
        page: '3',
        pageSize: '500',
      }),
    ).toEqual({
      status: ['open', 'acknowledged'],
      severity: ['S1'],
      level: [2],
      teamId: ['t1'],
      slaState: ['breached'],
      mine: true,
      q: 'vpn',
      sort: 'due',
      page: 3,
      pageSize: 200,
    });
  });

  it('gives the defaults for an empty URL, and writes defaults as removed params', () => {
    expect(filterFromParams({})).toEqual(DEFAULT_FILTER);
    expect(Object.values(filterToParams(DEFAULT_FILTER)).every((v) => v === null)).toBe(true);
  });

  it('round-trips a filter through the URL', () => {
    const filter = {
      ...DEFAULT_FILTER,
      status: ['open' as const],
      level: [1, 2],
      slaState: ['warning' as const, 'breached' as const],
      mine: true,
      sort: 'severity' as const,
      page: 2,
    };
    const params = filterToParams(filter);
    expect(params).toEqual({
      status: 'open',
      severity: null,
      level: '1,2',
      team: null,
      sla: 'warning,breached',
      assignee: 'me',
      q: null,
      sort: 'severity',
      page: 2,
      pageSize: null,
    });
    const asStrings = Object.fromEntries(
      Object.entries(params)
        .filter(([, v]) => v !== null)
        .map(([k, v]) => [k, String(v)]),
    );
    expect(filterFromParams(asStrings)).toEqual(filter);
  });

  it('sends the API its own parameter names', () => {
    expect(
      filterToApiParams({
        ...DEFAULT_FILTER,
        teamId: ['a', 'b'],
        slaState: ['warning', 'breached'],
        mine: true,
        q: 'wifi',
      }),
    ).toEqual({
      sort: 'due',
      page: '1',
      pageSize: '25',
      teamId: 'a,b',
      slaState: 'warning,breached',
      assigneeId: 'me',
      q: 'wifi',
    });
  });
});
