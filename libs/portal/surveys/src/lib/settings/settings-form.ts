import { SeveritySchema, SurveySettingsSchema, type Severity, type SurveySettings } from '@ladder/contracts';
import { checkWith, type Checked, type PathErrors } from '../shared/schema-errors';

export const SEVERITIES = SeveritySchema.options;

/** The settings as the form edits them: shares as percentages, categories as rows. */
export interface SettingsForm {
  delayMinutes: number;
  expiryDays: number;
  reminderAfterDays: number;
  severityPercent: Record<Severity, number>;
  categoryRows: { category: string; percent: number }[];
  anonymous: boolean;
  lowScoreThreshold: number;
}

/** 0.333 -> 33.3: percentages with at most one decimal, as a person would type them. */
function toPercent(rate: number): number {
  return Math.round(rate * 1000) / 10;
}

function toRate(percent: number): number {
  return Math.round(percent * 10) / 1000;
}

export function toSettingsForm(settings: SurveySettings): SettingsForm {
  return {
    delayMinutes: settings.delayMinutes,
    expiryDays: settings.expiryDays,
    reminderAfterDays: settings.reminderAfterDays,
    severityPercent: Object.fromEntries(
      SEVERITIES.map((s) => [s, toPercent(settings.sampleBySeverity[s] ?? 1)]),
    ) as Record<Severity, number>,
    categoryRows: Object.entries(settings.sampleByCategory)
      .map(([category, rate]) => ({ category, percent: toPercent(rate) }))
      .sort((a, b) => a.category.localeCompare(b.category)),
    anonymous: settings.anonymous,
    lowScoreThreshold: settings.lowScoreThreshold,
  };
}

function percentError(percent: number): string | null {
  return Number.isFinite(percent) && percent >= 0 && percent <= 100 ? null : 'Between 0 and 100';
}

/**
 * The settings to save, checked by the contract; errors keyed by the form's own paths
 * (`severityPercent.S1`, `categoryRows.2.category`, `categoryRows.2.percent`, `reminderAfterDays`, ...).
 */
export function fromSettingsForm(form: SettingsForm, version: number): Checked<SurveySettings> {
  const errors: Record<string, string> = {};
  for (const s of SEVERITIES) {
    const error = percentError(form.severityPercent[s]);
    if (error) errors[`severityPercent.${s}`] = error;
  }
  const seen = new Set<string>();
  form.categoryRows.forEach((row, i) => {
    const category = row.category.trim();
    if (!category) errors[`categoryRows.${i}.category`] = 'Choose a category';
    else if (seen.has(category)) errors[`categoryRows.${i}.category`] = 'Listed twice';
    seen.add(category);
    const error = percentError(row.percent);
    if (error) errors[`categoryRows.${i}.percent`] = error;
  });
  const checked = checkWith(SurveySettingsSchema, {
    delayMinutes: form.delayMinutes,
    expiryDays: form.expiryDays,
    reminderAfterDays: form.reminderAfterDays,
    sampleBySeverity: Object.fromEntries(SEVERITIES.map((s) => [s, toRate(form.severityPercent[s])])),
    sampleByCategory: Object.fromEntries(form.categoryRows.map((r) => [r.category.trim(), toRate(r.percent)])),
    anonymous: form.anonymous,
    lowScoreThreshold: form.lowScoreThreshold,
    version,
  });
  if (!checked.ok) {
    // Percent and category problems are reported above in the form's terms.
    for (const [path, message] of Object.entries(checked.errors)) {
      if (!path.startsWith('sampleBy')) errors[path] ??= message;
    }
  }
  return Object.keys(errors).length > 0 || !checked.ok ? { ok: false, errors } : checked;
}

/** The API's paths as the form's; per-category errors land on the category's row. */
export function settingsFormErrors(form: SettingsForm, apiErrors: PathErrors): PathErrors {
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(apiErrors)) {
    const [head, key] = path.split('.');
    if (head === 'sampleBySeverity' && key) errors[`severityPercent.${key}`] ??= message;
    else if (head === 'sampleByCategory' && key) {
      const row = form.categoryRows.findIndex((r) => r.category.trim() === key);
      errors[row >= 0 ? `categoryRows.${row}.percent` : ''] ??= message;
    } else errors[path] ??= message;
  }
  return errors;
}
