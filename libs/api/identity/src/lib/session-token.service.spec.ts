import { FrozenClock, parseAppConfig } from '@ladder/api/common';
import type { Me } from '@ladder/contracts';
import { meOf } from './session-claims';
import { SessionTokenService } from './session-token.service';

describe('SessionTokenService', () => {
  const config = (secret: string) =>
    parseAppConfig({ LADDER_SESSION_SECRET: secret.repeat(32), LADDER_SESSION_TTL_MINUTES: '60', NODE_ENV: 'test' });
  const me: Me = {
    id: '3f0f1f9e-1b2c-4d5e-8f90-a1b2c3d4e5f6',
    name: 'Priya Nair',
    email: 'l3.network@ladder.demo',
    role: 'agent',
    teamId: null,
    levels: [3],
  };
  const clock = new FrozenClock(new Date('2026-03-02T09:00:00Z'));
  const tokens = new SessionTokenService(config('a'), clock);

  it('round-trips the claims the guard puts on the request', () => {
    const { token, claims } = tokens.issue(me);
    const verified = tokens.verify(token);
    expect(verified && meOf(verified)).toEqual(me);
    expect(verified?.jti).toBe(claims.jti);
    expect(claims.exp).toBe(Date.parse('2026-03-02T10:00:00Z') / 1000);
    expect(claims.csrf).toMatch(/^[\w-]{32}$/);
  });

  it('gives each session its own id and CSRF value', () => {
    const [a, b] = [tokens.issue(me).claims, tokens.issue(me).claims];
    expect(a.jti).not.toBe(b.jti);
    expect(a.csrf).not.toBe(b.csrf);
  });

  it('refuses an expired token, a token signed with another secret, and garbage', () => {
    const { token } = tokens.issue(me);
    clock.advance(61 * 60_000);
    expect(tokens.verify(token)).toBeUndefined();
    clock.set(new Date('2026-03-02T09:00:00Z'));
    expect(new SessionTokenService(config('b'), clock).verify(token)).toBeUndefined();
    expect(tokens.verify('not.a.jwt')).toBeUndefined();
    expect(tokens.verify('')).toBeUndefined();
  });

  it('still refuses a token it verified before once the token has expired', () => {
    clock.set(new Date('2026-03-02T09:00:00Z'));
    const { token } = tokens.issue(me);
    clock.advance(59 * 60_000);
    expect(tokens.verify(token)?.sub).toBe(me.id);
    clock.advance(60_000);
    expect(tokens.verify(token)).toBeUndefined();
    clock.set(new Date('2026-03-02T09:00:00Z'));
  });

  it('refuses an unsigned token (alg none)', () => {
    const payload = Buffer.from(JSON.stringify({ ...me, sub: me.id, jti: 'x', exp: 2e9 })).toString('base64url');
    expect(tokens.verify(`eyJhbGciOiJub25lIn0.${payload}.`)).toBeUndefined();
  });
});
