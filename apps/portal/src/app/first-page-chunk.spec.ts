import type { Route } from '@angular/router';
import { loadFirstPageChunk } from './first-page-chunk';

describe('loadFirstPageChunk', () => {
  const reports = jest.fn(() => Promise.resolve('reports'));
  const status = jest.fn(() => Promise.resolve('status'));
  const routes: Route[] = [
    { path: 'status', loadChildren: status as never },
    { path: 'sign-in', loadComponent: jest.fn() as never },
    {
      path: '',
      children: [
        { path: '', pathMatch: 'full', redirectTo: '/reports' },
        { path: 'reports', loadChildren: reports as never },
      ],
    },
  ];

  beforeEach(() => jest.clearAllMocks());

  it("loads the chunk of a page inside the shell from the address's first segment", async () => {
    await expect(loadFirstPageChunk(routes, '/reports/flow')).resolves.toBe('reports');
    expect(reports).toHaveBeenCalledTimes(1);
    expect(status).not.toHaveBeenCalled();
  });

  it('loads the chunk of a top-level page', async () => {
    await expect(loadFirstPageChunk(routes, '/status/abc')).resolves.toBe('status');
  });

  it('loads nothing for an address whose page is not a lazy route', () => {
    expect(loadFirstPageChunk(routes, '/sign-in')).toBeNull();
    expect(loadFirstPageChunk(routes, '/')).toBeNull();
    expect(loadFirstPageChunk(routes, '/nowhere')).toBeNull();
    expect(reports).not.toHaveBeenCalled();
  });
});
