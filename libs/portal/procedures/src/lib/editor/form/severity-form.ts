import { FormControl, FormGroup } from '@angular/forms';
import {
  ImpactSchema,
  UrgencySchema,
  type Impact,
  type Severity,
  type SeverityMatrix,
  type SeverityTarget,
  type Urgency,
} from '@ladder/contracts';
import { numberControl, textControl } from './controls';

export type SeverityTargetForm = FormGroup<{
  severity: FormControl<Severity>;
  label: FormControl<string>;
  responseMinutes: FormControl<number | null>;
  resolutionMinutes: FormControl<number | null>;
  updateCadenceMinutes: FormControl<number | null>;
  calendar: FormControl<string>;
}>;

export type MatrixForm = FormGroup<Record<Impact, FormGroup<Record<Urgency, FormControl<Severity>>>>>;

export function severityTargetForm(target: SeverityTarget): SeverityTargetForm {
  return new FormGroup({
    severity: new FormControl(target.severity, { nonNullable: true }),
    label: textControl(target.label),
    responseMinutes: numberControl(target.responseMinutes),
    resolutionMinutes: numberControl(target.resolutionMinutes),
    updateCadenceMinutes: numberControl(target.updateCadenceMinutes),
    calendar: textControl(target.calendar),
  });
}

/** One select per impact x urgency cell; the form value is the matrix itself. */
export function matrixForm(matrix: SeverityMatrix): MatrixForm {
  const row = (impact: Impact) =>
    new FormGroup(
      Object.fromEntries(
        UrgencySchema.options.map((urgency) => [
          urgency,
          new FormControl(matrix[impact][urgency], { nonNullable: true }),
        ]),
      ) as Record<Urgency, FormControl<Severity>>,
    );
  return new FormGroup(
    Object.fromEntries(ImpactSchema.options.map((impact) => [impact, row(impact)])) as Record<
      Impact,
      FormGroup<Record<Urgency, FormControl<Severity>>>
    >,
  );
}
