/** "L2 Team Lead": a level as every report names it; "L2" alone for a level without a name. */
export const levelLabel = (level: number, name?: string) => (name ? `L${level} ${name}` : `L${level}`);

/** Names levels from the current procedure, for figures that carry only the level's number. */
export const levelNamesFrom =
  (reference: { level(level: number): { name: string } | undefined }) =>
  (level: number): string =>
    levelLabel(level, reference.level(level)?.name);

/** Longest category label an axis shows; the tooltip and the table keep the full text. */
const AXIS_LABEL_MAX = 34;

/** The label cut to `max` characters with an ellipsis, so long team or category names do not crowd the plot. */
export function shortLabel(text: string, max = AXIS_LABEL_MAX): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
