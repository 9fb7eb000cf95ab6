// How the reports round and word their figures, so a number reads the same on every chart, table and tile.

/** Rounded to one decimal; null (nothing measured) stays null. */
export function oneDecimal(value: number): number;
export function oneDecimal(value: number | null): number | null;
export function oneDecimal(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10) / 10;
}

export const twoDecimals = (value: number) => Math.round(value * 100) / 100;

/** A share (0..1) as a percentage with one decimal; null stays null. */
export function percent(share: number): number;
export function percent(share: number | null): number | null;
export function percent(share: number | null): number | null {
  return share === null ? null : oneDecimal(share * 100);
}

/** "1,234.5": at most one decimal, thousands grouped. */
export const decimalText = (value: number) => value.toLocaleString('en', { maximumFractionDigits: 1 });

/** The noun for a count: "escalation" for 1, "escalations" otherwise. */
export const plural = (count: number, one: string) => (count === 1 ? one : `${one}s`);

/** "1 escalation", "5 escalations". */
export const counted = (count: number, one: string) => `${count} ${plural(count, one)}`;
