import type { PathErrors } from './form/draft-errors';

export const EDITOR_SECTIONS = [
  'budgets',
  'levels',
  'targets',
  'matrix',
  'lists',
  'routes',
  'rules',
  'scenarios',
] as const;
export type EditorSection = (typeof EDITOR_SECTIONS)[number];

const SECTION_OF_FIELD: Readonly<Record<string, EditorSection>> = {
  levels: 'levels',
  severities: 'targets',
  warningRatio: 'targets',
  reminderMinutes: 'targets',
  matrix: 'matrix',
  categories: 'lists',
  services: 'lists',
  routes: 'routes',
  rules: 'rules',
  scenarios: 'scenarios',
};

/** The panel that shows a definition field's path; budgets have their own grid. Null: outside the panels. */
export function sectionOf(path: string): EditorSection | null {
  const [root, field, , sub] = path.split('.');
  if (root !== 'definition' || field === undefined) return null;
  if (field === 'levels' && sub === 'budgetMinutes') return 'budgets';
  return SECTION_OF_FIELD[field] ?? null;
}

/** How many problems each panel holds, for its header and to open it when a save is refused. */
export function problemCounts(errors: PathErrors): Readonly<Record<EditorSection, number>> {
  const counts = Object.fromEntries(EDITOR_SECTIONS.map((s) => [s, 0])) as Record<EditorSection, number>;
  for (const path of Object.keys(errors)) {
    const section = sectionOf(path);
    if (section) counts[section]++;
  }
  return counts;
}
