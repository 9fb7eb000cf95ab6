import { CreateEscalationSchema } from '@ladder/contracts';
import { parseWith } from './form-errors';

const valid = {
  title: '  VPN down for Finance ',
  description: '',
  category: 'network',
  affectedService: 'VPN',
  impact: 'high',
  urgency: 'medium',
  stakeholders: [{ name: 'Kim', email: 'kim@example.com' }],
};

describe('parseWith(CreateEscalationSchema)', () => {
  it('gives the trimmed payload when valid', () => {
    const parsed = parseWith(CreateEscalationSchema, valid);
    expect(parsed).toEqual({ ok: true, data: { ...valid, title: 'VPN down for Finance' } });
  });

  it('keys friendly messages by field path', () => {
    const parsed = parseWith(CreateEscalationSchema, {
      ...valid,
      title: '   ',
      category: '',
      stakeholders: [{ name: 'Kim', email: 'not-an-email' }],
    });
    expect(parsed).toEqual({
      ok: false,
      errors: { title: 'Required', category: 'Required', 'stakeholders.0.email': 'Enter a valid email address' },
    });
  });

  it('reports an over-long title with its limit', () => {
    const parsed = parseWith(CreateEscalationSchema, { ...valid, title: 'x'.repeat(201) });
    expect(parsed).toEqual({ ok: false, errors: { title: 'At most 200 characters' } });
  });
});
