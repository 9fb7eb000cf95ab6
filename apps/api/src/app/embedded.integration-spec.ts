import { MIGRATIONS } from '@ladder/api/database';
import { createTestApp, type TestApp } from '@ladder/api/testing';
import { CAPABILITY_MODULES } from './capability-modules';

/** The demo path: PGlite over the wire protocol, migrated and seeded on start. CI runs the rest on the server. */
describe('embedded engine smoke', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ engine: 'embedded', imports: CAPABILITY_MODULES });
  }, 120_000);
  afterAll(() => t.close());

  it('boots, migrates and reports the embedded engine', async () => {
    const response = await t.http.get('/api/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', database: 'embedded', migrations: MIGRATIONS.length });
  });

  it('signs in a seeded account over HTTP', async () => {
    const login = await t.http
      .post('/api/auth/login')
      .send({ email: 'l4.head@ladder.demo', password: 'ladder-demo' })
      .expect(200);
    const me = await t.http.get('/api/me').set('Authorization', `Bearer ${login.body.token}`).expect(200);
    expect(me.body).toMatchObject({ name: 'Maria Costa', levels: [4] });
  });

  // Workflow helper / lead: add "an escalation goes open -> resolved" here once EscalationsModule is in CAPABILITY_MODULES.
});
