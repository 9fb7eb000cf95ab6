import { createTestApp, type TestApp } from '@ladder/api/testing';
import type { IntegrationWithSecret } from '@ladder/contracts';
import { IntakeModule } from './intake.module';
import { ALERTMANAGER_FIRING, ALERTMANAGER_RESOLVED } from './testing/webhook-payloads';

/** Alert intake on the embedded engine (PGlite, one session) that `npm start` uses without a DATABASE_URL. */
describe('alert intake on the embedded engine', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ imports: [IntakeModule], engine: 'embedded' });
  }, 120_000);
  afterAll(() => t.close());

  it('opens, ignores a redelivery and records the resolution', async () => {
    expect(t.engine).toBe('embedded');
    const created = await t.http
      .post('/api/admin/integrations')
      .set('Authorization', `Bearer ${await t.signIn('admin@ladder.demo')}`)
      .send({
        name: 'Prometheus',
        kind: 'alertmanager',
        routing: { defaults: { category: 'application', affectedService: 'ERP', impact: 'low', urgency: 'low' } },
      });
    const { secret } = created.body as IntegrationWithSecret;
    const post = async (body: object) =>
      (await t.http.post('/api/intake/alertmanager').set('Authorization', `Bearer ${secret}`).send(body)).body as {
        alerts: { outcome: string }[];
      };
    expect((await post(ALERTMANAGER_FIRING)).alerts[0]?.outcome).toBe('opened');
    expect((await post(ALERTMANAGER_FIRING)).alerts[0]?.outcome).toBe('unchanged');
    expect((await post(ALERTMANAGER_RESOLVED)).alerts[0]?.outcome).toBe('resolved');
    const rows = await t.dataSource.query(`SELECT status, fire_count FROM alert`);
    expect(rows).toEqual([{ status: 'resolved', fire_count: 1 }]);
  }, 60_000);
});
