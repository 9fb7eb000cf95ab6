import { REVOCATION_REFRESH_MS } from '@ladder/api/identity';
import { createTestApp, type TestApp } from '@ladder/api/testing';

const AGENT = { email: 'l1.agent@ladder.demo', password: 'ladder-demo' };

/** `name=value` of each Set-Cookie header, keyed by name. */
function cookies(header: string[] | string | undefined): Record<string, string> {
  const list = Array.isArray(header) ? header : header ? [header] : [];
  return Object.fromEntries(list.map((c) => (c.split(';')[0] ?? '').split('=')));
}

describe('sign-in and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('signs in with the demo password and sets the session and CSRF cookies', async () => {
    const response = await t.http
      .post('/api/auth/login')
      .send({ email: 'L1.Agent@ladder.demo', password: 'ladder-demo' })
      .expect(200);
    expect(response.body.user).toEqual({
      id: expect.any(String),
      name: 'Alex Rivera',
      email: 'l1.agent@ladder.demo',
      role: 'agent',
      teamId: expect.any(String),
      levels: [1],
    });
    const set = cookies(response.headers['set-cookie']);
    expect(set['ladder_session']).toBe(response.body.token);
    expect(set['ladder_csrf']).toBe(response.body.csrfToken);
    expect(String(response.headers['set-cookie'])).toMatch(/ladder_session=[^;]+;.*HttpOnly.*SameSite=Lax/);
    expect(Date.parse(response.body.expiresAt) - Date.now()).toBeGreaterThan(719 * 60_000);
  });

  it('refuses a wrong password with 401 unauthenticated', async () => {
    const response = await t.http
      .post('/api/auth/login')
      .send({ ...AGENT, password: 'nope' })
      .expect(401);
    expect(response.body.code).toBe('unauthenticated');
  });

  it('answers /api/me from the session', async () => {
    const token = await t.signIn('manager@ladder.demo');
    const response = await t.http.get('/api/me').set('Authorization', `Bearer ${token}`).expect(200);
    expect(response.body).toMatchObject({ name: 'Dana Whitfield', role: 'manager', teamId: null, levels: [] });
  });

  it('refuses a request without a session or with a forged token with 401', async () => {
    expect((await t.http.get('/api/me').expect(401)).body.code).toBe('unauthenticated');
    const token = await t.signIn('manager@ladder.demo');
    const forged = `${token.slice(0, -4)}AAAA`;
    await t.http.get('/api/me').set('Authorization', `Bearer ${forged}`).expect(401);
  });

  it('refuses the token after logout', async () => {
    const token = await t.signIn('owner@ladder.demo');
    await t.http.post('/api/auth/logout').set('Authorization', `Bearer ${token}`).expect(204);
    const response = await t.http.get('/api/me').set('Authorization', `Bearer ${token}`).expect(401);
    expect(response.body.code).toBe('unauthenticated');
  });

  it('learns of a logout on another instance within the refresh window', async () => {
    const token = await t.signIn('admin@ladder.demo');
    await t.http.get('/api/me').set('Authorization', `Bearer ${token}`).expect(200);
    const { jti } = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as { jti: string };
    await t.dataSource.query(
      `INSERT INTO revoked_session (token_id, expires_at) VALUES ($1, now() + interval '1 hour')`,
      [jti],
    );
    await new Promise((resolve) => setTimeout(resolve, REVOCATION_REFRESH_MS + 1000));
    await t.http.get('/api/me').set('Authorization', `Bearer ${token}`).expect(401);
  });

  describe('with the session cookie', () => {
    async function cookieSession(): Promise<{ cookie: string; csrf: string }> {
      const response = await t.http
        .post('/api/auth/login')
        .send({ email: 'l3.apps@ladder.demo', password: 'ladder-demo' })
        .expect(200);
      const set = cookies(response.headers['set-cookie']);
      return {
        cookie: `ladder_session=${set['ladder_session']}; ladder_csrf=${set['ladder_csrf']}`,
        csrf: response.body.csrfToken,
      };
    }

    it('reads without a CSRF header', async () => {
      const { cookie } = await cookieSession();
      await t.http.get('/api/me').set('Cookie', cookie).expect(200);
    });

    it('rejects an unsafe method without the CSRF header, or with a wrong one, with 403 csrf_rejected', async () => {
      const { cookie } = await cookieSession();
      expect((await t.http.post('/api/auth/logout').set('Cookie', cookie).expect(403)).body.code).toBe('csrf_rejected');
      expect(
        (await t.http.post('/api/auth/logout').set('Cookie', cookie).set('X-CSRF-Token', 'guess').expect(403)).body
          .code,
      ).toBe('csrf_rejected');
    });

    it('accepts the unsafe method with the CSRF header and clears the cookies on logout', async () => {
      const { cookie, csrf } = await cookieSession();
      const response = await t.http
        .post('/api/auth/logout')
        .set('Cookie', cookie)
        .set('X-CSRF-Token', csrf)
        .expect(204);
      expect(cookies(response.headers['set-cookie'])).toEqual({ ladder_session: '', ladder_csrf: '' });
      await t.http.get('/api/me').set('Cookie', cookie).expect(401);
    });
  });

  it('rate-limits an email after 10 failed sign-ins in 15 minutes with 429, even with the right password', async () => {
    const target = { email: 'l2.lead@ladder.demo', password: 'wrong' };
    for (let i = 0; i < 10; i++) await t.http.post('/api/auth/login').send(target).expect(401);
    const response = await t.http
      .post('/api/auth/login')
      .send({ ...target, password: 'ladder-demo' })
      .expect(429);
    expect(response.body.code).toBe('rate_limited');
    await t.http.post('/api/auth/login').send(AGENT).expect(200);
  });

  it('lists teams and filters users for any signed-in user', async () => {
    const token = await t.signIn('l1.agent@ladder.demo');
    const teams = await t.http.get('/api/teams').set('Authorization', `Bearer ${token}`).expect(200);
    expect(
      teams.body.map((team: { name: string; level: number; capacity: number }) => [
        team.name,
        team.level,
        team.capacity,
      ]),
    ).toEqual([
      ['Service Desk', 1, 8],
      ['Team Leads', 2, 3],
      ['Applications', 3, 4],
      ['Database', 3, 2],
      ['Network', 3, 3],
      ['Security', 3, 2],
      ['IT Management', 4, 2],
    ]);
    const network = teams.body.find((team: { name: string }) => team.name === 'Network');
    const agents = await t.http
      .get(`/api/users?role=agent&teamId=${network.id}`)
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    expect(agents.body.map((u: { name: string }) => u.name)).toEqual(['Priya Nair']);
    const all = await t.http.get('/api/users').set('Authorization', `Bearer ${token}`).expect(200);
    expect(all.body).toHaveLength(8);
    await t.http.get('/api/users?role=boss').set('Authorization', `Bearer ${token}`).expect(400);
  });

  it('serves procedure version 1 to any signed-in user', async () => {
    const token = await t.signIn('owner@ladder.demo');
    const response = await t.http.get('/api/procedures/current').set('Authorization', `Bearer ${token}`).expect(200);
    expect(response.body).toMatchObject({ version: 1, name: 'Default escalation procedure' });
    expect(response.body.definition.levels.map((l: { name: string }) => l.name)).toEqual([
      'Service Desk',
      'Team Lead',
      'Specialist teams',
      'IT Management',
    ]);
  });
});
