import { FormBuilder } from '@angular/forms';
import type { IntegrationForm, LabelMatchForm, RuleForm } from './integration-form';

const fb = new FormBuilder().nonNullable;

export function labelMatchGroup(condition: LabelMatchForm) {
  return fb.group({ label: condition.label, values: condition.values });
}

export function ruleGroup(rule: RuleForm) {
  return fb.group({ match: fb.array(rule.match.map(labelMatchGroup)), set: fb.group({ ...rule.set }) });
}

/** The reactive form for an integration; its raw value is an IntegrationForm. */
export function integrationFormGroup(form: IntegrationForm) {
  return fb.group({
    name: form.name,
    kind: form.kind,
    proposeResolution: form.proposeResolution,
    defaults: fb.group({ ...form.defaults }),
    serviceLabel: form.serviceLabel,
    rules: fb.array(form.rules.map(ruleGroup)),
  });
}

export type IntegrationFormGroup = ReturnType<typeof integrationFormGroup>;
export type RuleGroup = ReturnType<typeof ruleGroup>;
