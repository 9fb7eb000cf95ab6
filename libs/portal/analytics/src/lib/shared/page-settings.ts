import type { ParamMap } from '@angular/router';

/** A report's URL query parameters, as the filters and each page's own settings read them. */
export type QueryParams = Readonly<Record<string, string | undefined>>;

export function queryRecord(paramMap: ParamMap): QueryParams {
  return Object.fromEntries(paramMap.keys.map((key) => [key, paramMap.get(key) ?? undefined]));
}

/** A page's own setting from the URL, or its default when absent or not one of the allowed values. */
export function settingFrom<T extends string>(query: QueryParams, name: string, allowed: readonly T[], fallback: T): T {
  const value = query[name];
  return allowed.find((a) => a === value) ?? fallback;
}
