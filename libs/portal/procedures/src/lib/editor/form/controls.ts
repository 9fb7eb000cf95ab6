import { FormControl } from '@angular/forms';

/** A definition as the form may hold it while the user types: every number may still be empty. */
export type Loose<T> = T extends number
  ? number | null
  : T extends readonly (infer U)[]
    ? Loose<U>[]
    : T extends object
      ? { [K in keyof T]: Loose<T[K]> }
      : T;

export const textControl = (value = ''): FormControl<string> => new FormControl(value, { nonNullable: true });

/** Empty number inputs read as null, which the schema then reports as "Enter a number". */
export const numberControl = (value: number | null = null): FormControl<number | null> =>
  new FormControl<number | null>(value);

export const listControl = <T>(values: readonly T[] = []): FormControl<T[]> =>
  new FormControl<T[]>([...values], { nonNullable: true });

export const flagControl = (value = false): FormControl<boolean> => new FormControl(value, { nonNullable: true });

/** Optional list conditions: an empty choice means the condition is not set. */
export const optionalList = <T>(values: readonly T[]): T[] | undefined => (values.length ? [...values] : undefined);

export const optionalNumber = (value: number | null): number | undefined => value ?? undefined;

export const optionalText = (value: string): string | undefined => (value === '' ? undefined : value);

/** Drops the keys whose value is undefined, so a mapped object equals the definition it came from. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** `rule-1`, `rule-2`... the first id of the pattern not taken yet. */
export function freeId(prefix: string, taken: readonly string[]): string {
  let n = 1;
  while (taken.includes(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}
