import { firstReportRequest, reportRequestKey, type ReportRequest } from './report-page-requests';

/** How long an answer asked ahead may wait for its page: older, the page asks again rather than show stale figures. */
export const ASKED_AHEAD_FRESH_MS = 30_000;

let early: { key: string; sentAt: number; body: Promise<unknown> } | null = null;

/**
 * Sends the first report request of the report page an address opens (a bookmarked report) before Angular starts,
 * so that it runs alongside the session check and the page's chunk instead of after them. Angular's HttpClient does
 * not exist yet, hence `fetch`. Any failure (no session, a bad filter, the network) makes the answer null: the page
 * then asks again through HttpClient, which reports the error the usual way.
 */
export function askReportOfAddress(address: Pick<Location, 'pathname' | 'search'>, now = Date.now()): void {
  const page = /^\/reports\/([\w-]+)\/?$/.exec(address.pathname)?.[1];
  const query: Record<string, string> = {};
  // The first value of a repeated parameter, as the router's query map reads it.
  new URLSearchParams(address.search).forEach((value, key) => (query[key] ??= value));
  const request = page ? firstReportRequest(page, query, new Date(now)) : null;
  if (!request) return;
  const url = `/api/analytics/${request.name}?${new URLSearchParams(request.params).toString()}`;
  const body = fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((response) => (response.ok ? (response.json() as Promise<unknown>) : null))
    .catch(() => null);
  early = { key: reportRequestKey(request), sentAt: now, body };
}

/**
 * The body answered to the request asked ahead (null if it failed), when it was this request and is at most 30 s
 * old; else null. Whatever was asked, the answer is given up: it serves the first page only.
 */
export function takeReportAskedAhead(request: ReportRequest, now = Date.now()): Promise<unknown> | null {
  const taken = early;
  early = null;
  if (!taken || taken.key !== reportRequestKey(request) || now - taken.sentAt > ASKED_AHEAD_FRESH_MS) return null;
  return taken.body;
}
