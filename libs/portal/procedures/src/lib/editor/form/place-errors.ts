import { FormControl, type AbstractControl } from '@angular/forms';
import type { PathErrors } from './draft-errors';

export interface PlacedErrors {
  /** Keyed by the path of the control that shows the message next to it. */
  fields: PathErrors;
  /** Messages no single field can show: a list as a whole, or a path the form has no control for. */
  general: string[];
}

const SECTION_NAMES: Readonly<Record<string, string>> = {
  levels: 'Levels',
  severities: 'Severity targets',
  matrix: 'Severity matrix',
  routes: 'Routes',
  categories: 'Categories',
  services: 'Services',
  rules: 'Trigger rules',
  scenarios: 'Scenario guidelines',
};

/** "Trigger rules, row 2: …" for `definition.rules.1…`; the bare message when the path names nothing known. */
function generalMessage(path: string[], message: string): string {
  const [section, index] = path[0] === 'definition' ? path.slice(1) : path;
  const name = section === undefined ? undefined : SECTION_NAMES[section];
  if (!name) return message;
  return index !== undefined && /^\d+$/.test(index)
    ? `${name}, row ${Number(index) + 1}: ${message}`
    : `${name}: ${message}`;
}

/** Puts each message at the nearest control its path leads to (a list item's element goes to the list's select). */
export function placeErrors(form: AbstractControl, errors: PathErrors): PlacedErrors {
  const fields: Record<string, string> = {};
  const general: string[] = [];
  for (const [path, message] of Object.entries(errors)) {
    const parts = path === '' ? [] : path.split('.');
    let at = parts.length;
    while (at > 0 && !form.get(parts.slice(0, at))) at--;
    const control = at > 0 ? form.get(parts.slice(0, at)) : null;
    const key = parts.slice(0, at).join('.');
    if (control instanceof FormControl) fields[key] ??= message;
    else general.push(generalMessage(parts, message));
  }
  return { fields, general };
}
