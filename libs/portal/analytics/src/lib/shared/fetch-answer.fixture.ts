/** What the specs' `fetch` answers: the part of a Response that the report asked ahead reads (jsdom has none). */
export interface FetchAnswer {
  ok: boolean;
  json: () => Promise<unknown>;
}

export const fetchAnswer = (status: number, body: unknown): FetchAnswer => ({
  ok: status >= 200 && status < 300,
  json: () => Promise.resolve(body),
});
