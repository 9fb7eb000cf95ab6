import {
  CreateIntegrationSchema,
  RoutingSchema,
  type AlertRoute,
  type CreateIntegration,
  type Impact,
  type Integration,
  type IntegrationKind,
  type RoutingRule,
  type Urgency,
} from '@ladder/contracts';

/** One condition of a rule: the label's value must be one of `values` (typed as "a, b"). */
export interface LabelMatchForm {
  label: string;
  values: string;
}

/** What a rule sets; an empty string leaves the field to later rules, the service label and the defaults. */
export interface RouteSetForm {
  category: string;
  affectedService: string;
  teamId: string;
  impact: Impact | '';
  urgency: Urgency | '';
}

export interface RuleForm {
  match: LabelMatchForm[];
  set: RouteSetForm;
}

/** An integration as the form edits it. */
export interface IntegrationForm {
  name: string;
  kind: IntegrationKind;
  proposeResolution: boolean;
  defaults: { category: string; affectedService: string; impact: Impact; urgency: Urgency };
  serviceLabel: string;
  rules: RuleForm[];
}

/**
 * Form path -> message. Paths are those of the form's controls (`name`, `defaults.category`,
 * `rules.0.match.1.values`, `rules.0.set.teamId`), of a rule's parts (`rules.0.match`, `rules.0.set`), `rules`, or
 * `form` for anything else.
 */
export type IntegrationFormErrors = Readonly<Record<string, string>>;

const DEFAULT_SERVICE_LABEL = 'service';

const SET_FIELDS = ['category', 'affectedService', 'teamId', 'impact', 'urgency'] as const;

export function emptyLabelMatch(): LabelMatchForm {
  return { label: '', values: '' };
}

export function emptyRule(): RuleForm {
  return {
    match: [emptyLabelMatch()],
    set: { category: '', affectedService: '', teamId: '', impact: '', urgency: '' },
  };
}

/** A new integration: the procedure's first category and service as defaults, for the admin to change. */
export function newIntegrationForm(categories: readonly string[], services: readonly string[]): IntegrationForm {
  return {
    name: '',
    kind: 'alertmanager',
    proposeResolution: true,
    defaults: {
      category: categories[0] ?? '',
      affectedService: services[0] ?? '',
      impact: 'medium',
      urgency: 'medium',
    },
    serviceLabel: DEFAULT_SERVICE_LABEL,
    rules: [],
  };
}

function toRuleForm(rule: RoutingRule): RuleForm {
  const set = emptyRule().set;
  return {
    match: Object.entries(rule.match).map(([label, values]) => ({ label, values: values.join(', ') })),
    set: { ...set, ...rule.set },
  };
}

export function toIntegrationForm(integration: Integration): IntegrationForm {
  const { name, kind, proposeResolution, routing } = integration;
  return {
    name,
    kind,
    proposeResolution,
    defaults: { ...routing.defaults },
    serviceLabel: routing.serviceLabel,
    rules: routing.rules.map(toRuleForm),
  };
}

function valuesOf(text: string): string[] {
  const values = text
    .split(',')
    .map((value) => value.trim())
    .filter((value) => value !== '');
  return [...new Set(values)];
}

/** The rule's conditions as the contract's record; problems with single conditions go to `errors`. */
function matchOf(rule: RuleForm, at: string, errors: Record<string, string>): Record<string, string[]> {
  const match: Record<string, string[]> = {};
  rule.match.forEach((condition, j) => {
    const label = condition.label.trim();
    const values = valuesOf(condition.values);
    if (label === '' && values.length === 0) return;
    const path = `${at}.match.${j}`;
    const checked = RoutingSchema.shape.serviceLabel.safeParse(label);
    if (label === '') errors[`${path}.label`] = 'Name the label';
    else if (!checked.success) errors[`${path}.label`] = checked.error.issues[0]?.message ?? 'Not a label name';
    else if (match[label])
      errors[`${path}.label`] = `"${label}" is already in this rule: list all its values in one row`;
    if (values.length === 0) errors[`${path}.values`] = 'Give at least one value';
    match[label] = values;
  });
  return match;
}

function setOf(rule: RuleForm): Partial<AlertRoute> {
  const set: Record<string, string> = {};
  for (const field of SET_FIELDS) if (rule.set[field] !== '') set[field] = rule.set[field];
  return set as Partial<AlertRoute>;
}

/** The integration the form describes, checked by the contract; or the errors to show by the fields. */
export function fromIntegrationForm(
  form: IntegrationForm,
): { value: CreateIntegration } | { errors: IntegrationFormErrors } {
  const errors: Record<string, string> = {};
  if (form.name.trim() === '') errors['name'] = 'Give the integration a name';
  if (form.defaults.category === '') errors['defaults.category'] = 'Choose a category';
  if (form.defaults.affectedService === '') errors['defaults.affectedService'] = 'Choose a service';
  const rules = form.rules.map((rule, i) => {
    const checked = { match: matchOf(rule, `rules.${i}`, errors), set: setOf(rule) };
    if (Object.keys(checked.match).length === 0)
      errors[`rules.${i}.match`] = 'Match at least one label: name it and list its values';
    if (Object.keys(checked.set).length === 0)
      errors[`rules.${i}.set`] = 'Set at least one field, or the rule changes nothing';
    return checked;
  });
  if (Object.keys(errors).length > 0) return { errors };
  const checked = CreateIntegrationSchema.safeParse({
    name: form.name,
    kind: form.kind,
    proposeResolution: form.proposeResolution,
    routing: { defaults: form.defaults, serviceLabel: form.serviceLabel.trim(), rules },
  });
  if (checked.success) return { value: checked.data };
  const issues = Object.fromEntries(checked.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
  return { errors: formErrorsOf(issues, form) };
}

/**
 * Where an error about a path of the contract (the API's `routing.rules.0.match.service.1`) belongs in the form. A
 * rule's labels are keys of a record there, so the form's row is found by its label name.
 */
export function formFieldOf(path: string, form: IntegrationForm): string {
  if (path === 'name' || path === 'kind' || path === 'proposeResolution') return path;
  const routing = /^routing\.(.+)$/.exec(path)?.[1];
  if (!routing) return 'form';
  if (routing === 'serviceLabel' || routing === 'rules') return routing;
  if (/^defaults\.\w+$/.test(routing)) return routing;
  const rule = /^rules\.(\d+)(?:\.(match|set)(?:\.(.+))?)?$/.exec(routing);
  if (!rule?.[1] || !form.rules[Number(rule[1])]) return 'form';
  const [, index, part, rest] = rule;
  if (!part) return `rules.${index}`;
  if (!rest) return `rules.${index}.${part}`;
  if (part === 'set') return `rules.${index}.set.${rest}`;
  // A label name may hold dots; a trailing number is the index of one of its values.
  const value = /^(.+)\.(\d+)$/.exec(rest);
  const label = value?.[1] ?? rest;
  const row = form.rules[Number(index)]?.match.findIndex((condition) => condition.label.trim() === label) ?? -1;
  if (row < 0) return `rules.${index}.match`;
  return `rules.${index}.match.${row}.${value ? 'values' : 'label'}`;
}

/** First message per form field, for errors by contract path (the API's 400, or the schema's own check). */
export function formErrorsOf(
  fieldErrors: Readonly<Record<string, string>>,
  form: IntegrationForm,
): IntegrationFormErrors {
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrors)) errors[formFieldOf(path, form)] ??= message;
  return errors;
}

/**
 * The choices for a category or service select: the procedure's, plus any the form already uses that the procedure
 * no longer lists, so an older value still shows (and can be replaced).
 */
export function choicesFor(
  known: readonly string[],
  form: IntegrationForm,
  field: 'category' | 'affectedService',
): string[] {
  const used = [form.defaults[field], ...form.rules.map((rule) => rule.set[field])].filter((value) => value !== '');
  return [...new Set([...known, ...used])];
}
