import { contactForm, contactFromForm } from './contact-form';

const contact = { name: 'Duty', role: 'On call', channel: 'email', address: 'duty@example.com', whenToReachOut: 'S1' };

describe('contact form', () => {
  it('keeps a contact Ladder never notifies without notify', () => {
    expect(contactFromForm(contactForm(contact).getRawValue())).toStrictEqual(contact);
  });

  it('saves notify without conditions as "always"', () => {
    const form = contactForm(contact);
    form.controls.notify.controls.enabled.setValue(true);
    expect(contactFromForm(form.getRawValue())).toStrictEqual({ ...contact, notify: {} });
  });

  it('drops the conditions when notifying is switched off', () => {
    const form = contactForm({ ...contact, notify: { severities: ['S1'], afterUnacknowledgedMinutes: 10 } });
    form.controls.notify.controls.enabled.setValue(false);
    expect(contactFromForm(form.getRawValue())).toStrictEqual(contact);
  });

  it('starts a new contact on email with nothing filled in', () => {
    expect(contactFromForm(contactForm().getRawValue())).toStrictEqual({
      name: '',
      role: '',
      channel: 'email',
      address: '',
      whenToReachOut: '',
    });
  });
});
