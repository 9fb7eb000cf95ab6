import { FormControl, FormGroup } from '@angular/forms';
import type { RuleAction, Severity, TriggerRule } from '@ladder/contracts';
import {
  flagControl,
  listControl,
  numberControl,
  optionalList,
  optionalNumber,
  textControl,
  withoutUndefined,
  type Loose,
} from './controls';

export type RuleActionKind = RuleAction['action'];

/** Both empty: the condition is not set; one empty: the schema asks for it. */
type AlertCountForm = FormGroup<{
  moreThan: FormControl<number | null>;
  withinMinutes: FormControl<number | null>;
}>;

export type RuleForm = FormGroup<{
  id: FormControl<string>;
  name: FormControl<string>;
  /** Empty lists, empty numbers and unticked boxes are conditions not set. */
  when: FormGroup<{
    severity: FormControl<Severity[]>;
    category: FormControl<string[]>;
    affectedService: FormControl<string[]>;
    level: FormControl<number[]>;
    minutesAtLevel: FormControl<number | null>;
    unacknowledgedMinutes: FormControl<number | null>;
    reassignmentsAtLeast: FormControl<number | null>;
    reopened: FormControl<boolean>;
    updateOverdue: FormControl<boolean>;
    alertsForService: AlertCountForm;
  }>;
  /** Holds the fields of every action; only those of the chosen one are saved. */
  then: FormGroup<{
    action: FormControl<RuleActionKind>;
    toLevel: FormControl<number | null>;
    to: FormControl<Severity>;
    contact: FormControl<string>;
    level: FormControl<number | null>;
  }>;
}>;
export type RuleFormValue = ReturnType<RuleForm['getRawValue']>;

type ActionFields = RuleFormValue['then'];

/** The chosen action's fields filled in, the others at their defaults for when the user switches action. */
function actionFields(then: RuleAction | undefined): ActionFields {
  return {
    action: then?.action ?? 'escalate',
    toLevel: then?.action === 'escalate' ? then.toLevel : null,
    to: then?.action === 'raise-severity' ? then.to : 'S1',
    contact: then?.action === 'notify' ? then.contact : '',
    level: then?.action === 'notify' ? (then.level ?? null) : null,
  };
}

/** A rule as the form edits it; a new rule (only its id given) has no conditions and escalates. */
export function ruleForm(rule: TriggerRule | { id: string }): RuleForm {
  const given: Partial<TriggerRule> = rule;
  const when = given.when ?? {};
  const then = actionFields(given.then);
  return new FormGroup({
    id: textControl(rule.id),
    name: textControl(given.name),
    when: new FormGroup({
      severity: listControl(when.severity),
      category: listControl(when.category),
      affectedService: listControl(when.affectedService),
      level: listControl(when.level),
      minutesAtLevel: numberControl(when.minutesAtLevel),
      unacknowledgedMinutes: numberControl(when.unacknowledgedMinutes),
      reassignmentsAtLeast: numberControl(when.reassignmentsAtLeast),
      reopened: flagControl(when.reopened),
      updateOverdue: flagControl(when.updateOverdue),
      alertsForService: new FormGroup({
        moreThan: numberControl(when.alertsForService?.moreThan),
        withinMinutes: numberControl(when.alertsForService?.withinMinutes),
      }),
    }),
    then: new FormGroup({
      action: new FormControl<RuleActionKind>(then.action, { nonNullable: true }),
      toLevel: numberControl(then.toLevel),
      to: new FormControl<Severity>(then.to, { nonNullable: true }),
      contact: textControl(then.contact),
      level: numberControl(then.level),
    }),
  });
}

function actionFromForm(then: ActionFields): Loose<RuleAction> {
  switch (then.action) {
    case 'escalate':
      return { action: 'escalate', toLevel: then.toLevel };
    case 'raise-severity':
      return { action: 'raise-severity', to: then.to };
    case 'notify':
      return { action: 'notify', contact: then.contact, ...(then.level !== null && { level: then.level }) };
  }
}

function alertCountFromForm(
  count: RuleFormValue['when']['alertsForService'],
): Loose<TriggerRule['when']['alertsForService']> {
  return count.moreThan === null && count.withinMinutes === null ? undefined : { ...count };
}

export function ruleFromForm(value: RuleFormValue): Loose<TriggerRule> {
  const { when } = value;
  const conditions: Loose<TriggerRule['when']> = {
    severity: optionalList(when.severity),
    category: optionalList(when.category),
    affectedService: optionalList(when.affectedService),
    level: optionalList(when.level),
    minutesAtLevel: optionalNumber(when.minutesAtLevel),
    unacknowledgedMinutes: optionalNumber(when.unacknowledgedMinutes),
    reassignmentsAtLeast: optionalNumber(when.reassignmentsAtLeast),
    reopened: when.reopened || undefined,
    updateOverdue: when.updateOverdue || undefined,
    alertsForService: alertCountFromForm(when.alertsForService),
  };
  return { id: value.id, name: value.name, when: withoutUndefined(conditions), then: actionFromForm(value.then) };
}
