import { FormArray, FormGroup, type FormControl } from '@angular/forms';
import type { ProcedureVersionDetail, Route, UpdateProcedureDraft } from '@ladder/contracts';
import { numberControl, textControl, type Loose } from './controls';
import { levelForm, levelFromForm, type LevelForm } from './level-form';
import { ruleForm, ruleFromForm, type RuleForm } from './rule-form';
import { scenarioForm, scenarioFromForm, type ScenarioForm } from './scenario-form';
import { matrixForm, severityTargetForm, type MatrixForm, type SeverityTargetForm } from './severity-form';

export type RouteForm = FormGroup<{
  level: FormControl<number | null>;
  category: FormControl<string>;
  teamId: FormControl<string>;
}>;

export type DefinitionForm = FormGroup<{
  levels: FormArray<LevelForm>;
  severities: FormArray<SeverityTargetForm>;
  matrix: MatrixForm;
  routes: FormArray<RouteForm>;
  categories: FormArray<FormControl<string>>;
  services: FormArray<FormControl<string>>;
  warningRatio: FormControl<number | null>;
  reminderMinutes: FormControl<number | null>;
  rules: FormArray<RuleForm>;
  scenarios: FormArray<ScenarioForm>;
}>;

/** Field paths mirror the request body, so the schema's and the API's error paths name their controls. */
export type ProcedureForm = FormGroup<{
  name: FormControl<string>;
  changeNote: FormControl<string>;
  reviewEveryMonths: FormControl<number | null>;
  definition: DefinitionForm;
}>;
export type ProcedureFormValue = ReturnType<ProcedureForm['getRawValue']>;

/** What the form describes, before the schema checks it: the request body without its rowVersion. */
export type DraftCandidate = Loose<Omit<UpdateProcedureDraft, 'rowVersion'>>;

export function routeForm(route?: Route): RouteForm {
  return new FormGroup({
    level: numberControl(route?.level),
    category: textControl(route?.category),
    teamId: textControl(route?.teamId),
  });
}

const textList = (values: readonly string[]) => new FormArray(values.map((v) => textControl(v)));

export function procedureForm(version: ProcedureVersionDetail): ProcedureForm {
  const d = version.definition;
  return new FormGroup({
    name: textControl(version.name),
    changeNote: textControl(version.changeNote),
    reviewEveryMonths: numberControl(version.reviewEveryMonths),
    definition: new FormGroup({
      levels: new FormArray(d.levels.map((l) => levelForm(l))),
      severities: new FormArray(d.severities.map(severityTargetForm)),
      matrix: matrixForm(d.matrix),
      routes: new FormArray(d.routes.map(routeForm)),
      categories: textList(d.categories),
      services: textList(d.services),
      warningRatio: numberControl(d.warningRatio),
      reminderMinutes: numberControl(d.reminderMinutes),
      rules: new FormArray(d.rules.map((r) => ruleForm(r))),
      scenarios: new FormArray(d.scenarios.map((s) => scenarioForm(s))),
    }),
  });
}

export function draftFromForm(value: ProcedureFormValue): DraftCandidate {
  const d = value.definition;
  return {
    name: value.name,
    changeNote: value.changeNote,
    reviewEveryMonths: value.reviewEveryMonths,
    definition: {
      ...d,
      levels: d.levels.map(levelFromForm),
      rules: d.rules.map(ruleFromForm),
      scenarios: d.scenarios.map(scenarioFromForm),
    },
  };
}
