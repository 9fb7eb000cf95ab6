import { idempotencyKey, requestHash } from './idempotency';

describe('requestHash', () => {
  it('ignores key order and undefined fields but not values', () => {
    const a = requestHash({ title: 'VPN down', impact: 'high', stakeholders: [{ name: 'A', email: 'a@b.c' }] });
    const b = requestHash({
      stakeholders: [{ email: 'a@b.c', name: 'A' }],
      impact: 'high',
      title: 'VPN down',
      level: undefined,
    });
    expect(a).toBe(b);
    expect(requestHash({ title: 'VPN down', impact: 'low' })).not.toBe(
      requestHash({ title: 'VPN down', impact: 'high' }),
    );
  });
});

describe('idempotencyKey', () => {
  it('accepts a visible key, no key, and refuses spaces or more than 200 characters', () => {
    expect(idempotencyKey('retry-7f3a')).toBe('retry-7f3a');
    expect(idempotencyKey(undefined)).toBeNull();
    expect(() => idempotencyKey('has space')).toThrow('Idempotency-Key');
    expect(() => idempotencyKey('k'.repeat(201))).toThrow('Idempotency-Key');
  });
});
