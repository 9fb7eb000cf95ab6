import { createHmac } from 'node:crypto';
import { FrozenClock } from '@ladder/api/common';
import { createTestApp, EscalationClient, type TestApp } from '@ladder/api/testing';
import type { CreateIntegration, Escalation, IntakeResult, IntegrationWithSecret } from '@ladder/contracts';
import { IntakeModule } from './intake.module';
import {
  ALERTMANAGER_FIRING,
  ALERTMANAGER_RESOLVED,
  alertmanagerFiring,
  GRAFANA_FIRING,
} from './testing/webhook-payloads';

const NOW = new Date('2026-11-26T12:00:00Z');
const ADMIN = 'admin@ladder.demo';
const AGENT = 'l1.agent@ladder.demo';

const ROUTING: CreateIntegration['routing'] = {
  defaults: { category: 'application', affectedService: 'ERP', impact: 'medium', urgency: 'medium' },
  serviceLabel: 'service',
  rules: [
    { match: { severity: ['critical'] }, set: { impact: 'high', urgency: 'high' } },
    { match: { service: ['VPN'] }, set: { category: 'network' } },
  ],
};

jest.setTimeout(120_000);

describe('alert intake', () => {
  const clock = new FrozenClock(NOW);
  let t: TestApp;
  let agent: EscalationClient;

  const admin = async () => `Bearer ${await t.signIn(ADMIN)}`;
  const createIntegration = async (body: Partial<CreateIntegration>): Promise<IntegrationWithSecret> => {
    const res = await t.http
      .post('/api/admin/integrations')
      .set('Authorization', await admin())
      .send({ kind: 'alertmanager', routing: ROUTING, ...body });
    expect(res.status).toBe(201);
    return res.body as IntegrationWithSecret;
  };
  const post = (kind: string, secret: string, body: object) =>
    t.http.post(`/api/intake/${kind}`).set('Authorization', `Bearer ${secret}`).send(body);
  const counts = async () => {
    const [row] = await t.dataSource.query<{ escalations: string; notifications: string; events: string }[]>(
      `SELECT (SELECT count(*) FROM escalation WHERE source = 'monitoring') AS escalations,
              (SELECT count(*) FROM alert_notification) AS notifications,
              (SELECT count(*) FROM escalation_event) AS events`,
    );
    return row;
  };

  beforeAll(async () => {
    t = await createTestApp({ imports: [IntakeModule], clock });
    agent = await EscalationClient.as(t, AGENT);
  });
  afterAll(() => t.close());

  describe('integrations', () => {
    it('are created by admins only, with a secret shown once, and listed without it', async () => {
      const created = await createIntegration({ name: 'Prometheus' });
      expect(created).toMatchObject({
        name: 'Prometheus',
        kind: 'alertmanager',
        enabled: true,
        proposeResolution: true,
        endpoint: '/api/intake/alertmanager',
        lastReceivedAt: null,
        notificationsReceived: 0,
        openEscalations: 0,
        version: 1,
      });
      expect(created.secret).toMatch(/^lad_[A-Za-z0-9_-]{43}$/);
      const list = await t.http.get('/api/admin/integrations').set('Authorization', await admin());
      expect(list.body).toEqual([{ ...created, secret: undefined }]);
      const asAgent = await agent.post('/api/admin/integrations', { name: 'x', kind: 'generic', routing: ROUTING });
      expect(asAgent.status).toBe(403);
    });

    it('refuses unknown categories and teams, duplicate names and stale versions', async () => {
      const bad = await t.http
        .post('/api/admin/integrations')
        .set('Authorization', await admin())
        .send({
          name: 'Bad',
          kind: 'generic',
          routing: { ...ROUTING, defaults: { ...ROUTING.defaults, category: 'x' } },
        });
      expect(bad.status).toBe(400);
      expect(bad.body).toMatchObject({ code: 'validation_failed', message: 'unknown category x' });
      const team = await t.http
        .post('/api/admin/integrations')
        .set('Authorization', await admin())
        .send({
          name: 'Bad',
          kind: 'generic',
          routing: {
            ...ROUTING,
            rules: [{ match: { a: ['b'] }, set: { teamId: '00000000-0000-4000-8000-000000000000' } }],
          },
        });
      expect(team.body).toMatchObject({
        code: 'validation_failed',
        message: 'unknown team 00000000-0000-4000-8000-000000000000',
      });
      const duplicate = await t.http
        .post('/api/admin/integrations')
        .set('Authorization', await admin())
        .send({ name: 'Prometheus', kind: 'generic', routing: ROUTING });
      expect(duplicate.body).toMatchObject({
        code: 'validation_failed',
        message: 'an integration named "Prometheus" exists',
      });
      const [existing] = (await t.http.get('/api/admin/integrations').set('Authorization', await admin())).body as {
        id: string;
      }[];
      const stale = await t.http
        .patch(`/api/admin/integrations/${existing?.id}`)
        .set('Authorization', await admin())
        .send({ name: 'Renamed', version: 7 });
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('stale_version');
      const names = await t.dataSource.query(`SELECT name FROM integration ORDER BY name`);
      expect(names).toEqual([{ name: 'Prometheus' }]);
    });
  });

  describe('an Alertmanager webhook', () => {
    let prometheus: IntegrationWithSecret;
    let opened: Escalation;

    beforeAll(async () => {
      prometheus = await createIntegration({ name: 'Prometheus prod' });
    });

    it('opens a monitoring escalation routed by its labels, with its labels, annotations and links', async () => {
      const res = await post('alertmanager', prometheus.secret, ALERTMANAGER_FIRING);
      expect(res.status).toBe(200);
      const [result] = (res.body as IntakeResult).alerts;
      expect(result).toMatchObject({ dedupKey: '6a1c2e0f9b3d4c5e', outcome: 'opened' });
      opened = (await agent.get(`/api/escalations/${result?.escalationId}`)).body as Escalation;
      expect(opened).toMatchObject({
        number: result?.escalationNumber,
        title: 'ERP payments API answers 5xx to 12% of requests',
        category: 'application',
        affectedService: 'ERP',
        impact: 'high',
        urgency: 'high',
        severity: 'S1',
        level: 1,
        teamName: 'Service Desk',
        source: 'monitoring',
        status: 'open',
      });
      expect(opened.description).toBe(
        [
          'The 5-minute error ratio of /payments has been above 5% for 10 minutes.',
          'Labels:\n- alertname: PaymentsApiErrors\n- service: ERP\n- severity: critical\n- team: payments\n- instance: erp-api-2:8080',
        ].join('\n\n'),
      );
      expect(opened.alert).toEqual({
        integrationId: prometheus.id,
        integrationName: 'Prometheus prod',
        dedupKey: '6a1c2e0f9b3d4c5e',
        status: 'firing',
        labels: ALERTMANAGER_FIRING.alerts[0]?.labels,
        annotations: ALERTMANAGER_FIRING.alerts[0]?.annotations,
        links: [
          { title: 'Source', url: 'http://prometheus.example:9090/graph?g0.expr=payments_error_ratio+%3E+0.05' },
          { title: 'Runbook', url: 'https://runbooks.example/erp/payments-errors' },
        ],
        fireCount: 1,
        firstFiredAt: NOW.toISOString(),
        lastFiredAt: NOW.toISOString(),
        resolvedAt: null,
        proposeResolution: false,
      });
      const queue = await agent.get('/api/escalations?q=payments');
      expect(queue.body.items[0].alert.labels.alertname).toBe('PaymentsApiErrors');
    });

    it('changes nothing when the same payload is delivered again', async () => {
      const before = await counts();
      const res = await post('alertmanager', prometheus.secret, ALERTMANAGER_FIRING);
      expect(res.body.alerts).toEqual([
        {
          dedupKey: '6a1c2e0f9b3d4c5e',
          outcome: 'unchanged',
          escalationId: opened.id,
          escalationNumber: opened.number,
        },
      ]);
      expect(await counts()).toEqual(before);
      expect(((await agent.get(`/api/escalations/${opened.id}`)).body as Escalation).alert?.fireCount).toBe(1);
    });

    it('counts a new firing of the same alert on the open escalation, also on another instance (a restart)', async () => {
      clock.set(new Date(NOW.getTime() + 60_000));
      const repeat = alertmanagerFiring('6a1c2e0f9b3d4c5e', 'ERP', '2026-11-26T11:59:00.000Z');
      expect((await post('alertmanager', prometheus.secret, repeat)).body.alerts[0].outcome).toBe('repeat');
      const second = await createTestApp({ imports: [IntakeModule], clock, sharing: t });
      try {
        const again = alertmanagerFiring('6a1c2e0f9b3d4c5e', 'ERP', '2026-11-26T12:00:30.000Z');
        const res = await second.http
          .post('/api/intake/alertmanager')
          .set('Authorization', `Bearer ${prometheus.secret}`)
          .send(again);
        expect(res.body.alerts[0]).toMatchObject({ outcome: 'repeat', escalationId: opened.id });
      } finally {
        await second.close();
      }
      const alert = ((await agent.get(`/api/escalations/${opened.id}`)).body as Escalation).alert;
      expect(alert).toMatchObject({ fireCount: 3, lastFiredAt: '2026-11-26T12:01:00.000Z', status: 'firing' });
      expect((await counts())?.escalations).toBe('1');
    });

    it('records the resolution as an event proposing to resolve, once', async () => {
      const res = await post('alertmanager', prometheus.secret, ALERTMANAGER_RESOLVED);
      expect(res.body.alerts[0]).toMatchObject({ outcome: 'resolved', escalationId: opened.id });
      expect((await post('alertmanager', prometheus.secret, ALERTMANAGER_RESOLVED)).body.alerts[0].outcome).toBe(
        'unchanged',
      );
      const escalation = (await agent.get(`/api/escalations/${opened.id}`)).body as Escalation;
      expect(escalation.status).toBe('open');
      expect(escalation.alert).toMatchObject({
        status: 'resolved',
        resolvedAt: '2026-11-26T12:01:00.000Z',
        proposeResolution: true,
      });
      const timeline = (await agent.get(`/api/escalations/${opened.id}/timeline`)).body as { type: string }[];
      expect(timeline.filter((e) => e.type === 'alert-resolved')).toHaveLength(1);
    });

    it('opens a new escalation when the alert fires after its escalation was resolved', async () => {
      await agent.ok(opened.id, 'resolve', { summary: 'Payments API pods restarted', version: opened.version });
      const refire = alertmanagerFiring('6a1c2e0f9b3d4c5e', 'ERP', '2026-11-26T12:30:00.000Z');
      const res = await post('alertmanager', prometheus.secret, refire);
      expect(res.body.alerts[0].outcome).toBe('opened');
      expect(res.body.alerts[0].escalationId).not.toBe(opened.id);
    });

    it('opens one escalation when many deliveries of a new alert arrive at once', async () => {
      const bodies = Array.from({ length: 12 }, (_, i) =>
        alertmanagerFiring('race-1', 'CRM', `2026-11-26T12:0${Math.floor(i / 6)}:${String(10 + i).padStart(2, '0')}Z`),
      );
      const answers = await Promise.all(bodies.map((body) => post('alertmanager', prometheus.secret, body)));
      expect(answers.map((a) => a.status)).toEqual(bodies.map(() => 200));
      const outcomes = answers.map((a) => (a.body as IntakeResult).alerts[0]?.outcome).sort();
      expect(outcomes).toEqual(['opened', ...Array(11).fill('repeat')]);
      const rows = await t.dataSource.query(`SELECT fire_count FROM alert WHERE dedup_key = 'race-1'`);
      expect(rows).toEqual([{ fire_count: 12 }]);
    });
  });

  describe('a Grafana webhook signed with HMAC', () => {
    let grafana: IntegrationWithSecret;
    const body = JSON.stringify(GRAFANA_FIRING);
    const sign = (secret: string, text: string) => createHmac('sha256', secret).update(text).digest('hex');
    const signed = (headers: Record<string, string>, id = grafana.id) =>
      t.http
        .post(`/api/intake/grafana?integration=${id}`)
        .set({ 'Content-Type': 'application/json', ...headers })
        .send(body);

    beforeAll(async () => {
      grafana = await createIntegration({ name: 'Grafana', kind: 'grafana', proposeResolution: false });
    });

    it('refuses a wrong signature, a stale timestamp and a missing integration id, changing nothing', async () => {
      const before = await counts();
      const seconds = String(Math.floor(clock.now().getTime() / 1000));
      const answers = [
        await signed({ 'X-Grafana-Alerting-Signature': sign('not the secret', body) }),
        await signed({
          'X-Grafana-Alerting-Signature': sign(grafana.secret, `${Number(seconds) - 301}:${body}`),
          'X-Grafana-Alerting-Timestamp': String(Number(seconds) - 301),
        }),
        await t.http
          .post('/api/intake/grafana')
          .set({ 'Content-Type': 'application/json', 'X-Ladder-Signature': sign(grafana.secret, body) })
          .send(body),
      ];
      expect(answers.map((a) => [a.status, a.body.code])).toEqual([
        [401, 'unauthenticated'],
        [401, 'unauthenticated'],
        [401, 'unauthenticated'],
      ]);
      expect(await counts()).toEqual(before);
    });

    it("accepts Grafana's timestamped signature and keeps its dashboard links", async () => {
      const seconds = String(Math.floor(clock.now().getTime() / 1000));
      const res = await signed({
        'X-Grafana-Alerting-Signature': sign(grafana.secret, `${seconds}:${body}`),
        'X-Grafana-Alerting-Timestamp': seconds,
      });
      expect(res.status).toBe(200);
      const escalation = (await agent.get(`/api/escalations/${res.body.alerts[0].escalationId}`)).body as Escalation;
      expect(escalation).toMatchObject({
        title: 'VPN tunnel to Lisbon is down',
        category: 'network',
        affectedService: 'VPN',
        severity: 'S3',
      });
      expect(escalation.alert?.links.map((link) => link.title)).toEqual(['Source', 'Dashboard', 'Panel', 'Silence']);
    });

    it("accepts Ladder's own signature header with a sha256= prefix", async () => {
      const res = await signed({ 'X-Ladder-Signature': `sha256=${sign(grafana.secret, body)}` });
      expect(res.body.alerts[0].outcome).toBe('unchanged');
    });
  });

  describe('the generic format', () => {
    let generic: IntegrationWithSecret;
    const alert = {
      dedupKey: 'disk-full:db-7',
      status: 'firing',
      title: 'Disk almost full on db-7',
      description: 'The data volume of db-7 is 95% full.',
      labels: { service: 'Data Warehouse', host: 'db-7' },
      links: [{ title: 'Graph', url: 'https://metrics.example/db-7' }],
      occurredAt: '2026-11-26T11:58:00Z',
    };

    beforeAll(async () => {
      generic = await createIntegration({ name: 'Custom checks', kind: 'generic' });
    });

    it('refuses what is unauthenticated, malformed, oversized, disabled or in another format, changing nothing', async () => {
      const before = await counts();
      const answers = [
        await t.http.post('/api/intake/generic').send(alert),
        await post('generic', 'lad_wrong', alert),
        await post('generic', generic.secret, { ...alert, status: 'burning' }),
        await post('generic', generic.secret, { ...alert, description: 'x'.repeat(1_100_000) }),
        await post('alertmanager', generic.secret, ALERTMANAGER_FIRING),
        await post('nagios', generic.secret, alert),
        await t.http
          .post('/api/intake/generic')
          .set({ Authorization: `Bearer ${generic.secret}`, 'Content-Type': 'application/json' })
          .send('{"dedupKey": '),
      ];
      expect(answers.map((a) => [a.status, a.body.code])).toEqual([
        [401, 'unauthenticated'],
        [401, 'unauthenticated'],
        [400, 'validation_failed'],
        [413, 'payload_too_large'],
        [400, 'validation_failed'],
        [400, 'validation_failed'],
        [400, 'validation_failed'],
      ]);
      expect(answers[2]?.body.details.fields).toEqual({
        status: ['Invalid option: expected one of "firing"|"resolved"'],
      });
      const disable = await t.http
        .patch(`/api/admin/integrations/${generic.id}`)
        .set('Authorization', await admin())
        .send({ enabled: false, version: generic.version });
      expect(disable.status).toBe(200);
      const disabled = await post('generic', generic.secret, alert);
      expect([disabled.status, disabled.body.code]).toEqual([403, 'forbidden']);
      await t.http
        .patch(`/api/admin/integrations/${generic.id}`)
        .set('Authorization', await admin())
        .send({ enabled: true, version: generic.version + 1 });
      expect(await counts()).toEqual(before);
    });

    it('opens one escalation per dedup key and stops taking the secret once it is rotated', async () => {
      const res = await post('generic', generic.secret, {
        alerts: [alert, { ...alert, occurredAt: '2026-11-26T11:59:00Z' }],
      });
      expect(res.body.alerts.map((a: { outcome: string }) => a.outcome)).toEqual(['opened', 'repeat']);
      const escalation = (await agent.get(`/api/escalations/${res.body.alerts[0].escalationId}`)).body as Escalation;
      expect(escalation).toMatchObject({ affectedService: 'Data Warehouse', category: 'application', severity: 'S3' });
      expect(escalation.alert).toMatchObject({ fireCount: 2, links: alert.links, labels: alert.labels });
      const current = (await t.http.get('/api/admin/integrations').set('Authorization', await admin())).body.find(
        (i: { id: string }) => i.id === generic.id,
      );
      expect(current).toMatchObject({
        notificationsReceived: 2,
        openEscalations: 1,
        lastReceivedAt: clock.now().toISOString(),
      });
      const rotated = await t.http
        .post(`/api/admin/integrations/${generic.id}/rotate-secret`)
        .set('Authorization', await admin())
        .send({ version: current.version });
      expect(rotated.status).toBe(201);
      expect((await post('generic', generic.secret, alert)).status).toBe(401);
      expect((await post('generic', rotated.body.secret, alert)).body.alerts[0].outcome).toBe('unchanged');
    });
  });
});
