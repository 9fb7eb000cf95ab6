import { FormGroup, type FormControl } from '@angular/forms';
import type { Contact, Severity } from '@ladder/contracts';
import {
  flagControl,
  listControl,
  numberControl,
  optionalList,
  optionalNumber,
  textControl,
  type Loose,
} from './controls';

export type ContactForm = FormGroup<{
  name: FormControl<string>;
  role: FormControl<string>;
  channel: FormControl<string>;
  address: FormControl<string>;
  whenToReachOut: FormControl<string>;
  /** `enabled` off: Ladder never reaches out by itself (no `notify`); on with no conditions: always. */
  notify: FormGroup<{
    enabled: FormControl<boolean>;
    severities: FormControl<Severity[]>;
    afterUnacknowledgedMinutes: FormControl<number | null>;
  }>;
}>;
export type ContactFormValue = ReturnType<ContactForm['getRawValue']>;

export function contactForm(contact?: Contact): ContactForm {
  return new FormGroup({
    name: textControl(contact?.name),
    role: textControl(contact?.role),
    channel: textControl(contact?.channel ?? 'email'),
    address: textControl(contact?.address),
    whenToReachOut: textControl(contact?.whenToReachOut),
    notify: new FormGroup({
      enabled: flagControl(contact?.notify !== undefined),
      severities: listControl(contact?.notify?.severities),
      afterUnacknowledgedMinutes: numberControl(contact?.notify?.afterUnacknowledgedMinutes),
    }),
  });
}

export function contactFromForm(value: ContactFormValue): Loose<Contact> {
  const { notify, ...rest } = value;
  if (!notify.enabled) return rest;
  const severities = optionalList(notify.severities);
  const after = optionalNumber(notify.afterUnacknowledgedMinutes);
  return {
    ...rest,
    notify: {
      ...(severities && { severities }),
      ...(after !== undefined && { afterUnacknowledgedMinutes: after }),
    },
  };
}
