import type { Route } from '@angular/router';

/**
 * Starts loading the lazy chunk of the page an address opens (a bookmarked report, say) while Angular starts,
 * instead of after: the router's own `loadChildren` call later finds the module already loaded. Matches the
 * address's first segment against the routes and, under a componentless or shell route, their children.
 */
export function loadFirstPageChunk(routes: readonly Route[], pathname: string): Promise<unknown> | null {
  const segment = pathname.split('/').filter(Boolean)[0] ?? '';
  for (const route of routes) {
    if (route.path === segment && route.loadChildren) return Promise.resolve(route.loadChildren());
    if (route.path === '' && route.children) {
      const chunk = loadFirstPageChunk(route.children, pathname);
      if (chunk) return chunk;
    }
  }
  return null;
}
