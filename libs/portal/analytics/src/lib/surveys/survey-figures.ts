import { decimalText, twoDecimals } from '../shared/figures';

// How the survey report words its figures, the same on every card.

export const NO_RESPONSES_TEXT = 'No survey responses in this period';
export const NO_RESPONSES_HINT =
  'Surveys go out when escalations are resolved. Pick a wider date range or fewer filters.';

/** A mean score on the 1-5 scale with two decimals ("3.87"); "–" when nobody answered. */
export const meanText = (mean: number | null) => (mean === null ? '–' : twoDecimals(mean).toFixed(2));

/** A category's name with its responses: "Network (n=4, too few responses)". */
export function withResponses(label: string, responses: number, tooFew: boolean): string {
  return `${label} (n=${decimalText(responses)}${tooFew ? ', too few responses' : ''})`;
}
