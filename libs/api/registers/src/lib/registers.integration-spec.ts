import { FrozenClock } from '@ladder/api/common';
import { createTestApp, teamIds, type TestApp } from '@ladder/api/testing';
import type { CriticalService, RegisterContext, Risk } from '@ladder/contracts';
import { RegistersModule } from './registers.module';

const OWNER = 'owner@ladder.demo';
const ADMIN = 'admin@ladder.demo';
const AGENT = 'l1.agent@ladder.demo';
const MANAGER = 'manager@ladder.demo';
const MISSING = '0b6c3f4e-8d2a-4c1b-9e7f-5a4d3c2b1a09';

describe('registers', () => {
  const clock = new FrozenClock(new Date('2026-11-02T09:00:00Z'));
  let t: TestApp;
  let teams: Record<string, string>;
  const services: Record<string, CriticalService> = {};
  const risks: Record<string, Risk> = {};

  beforeAll(async () => {
    t = await createTestApp({ imports: [RegistersModule], clock });
    teams = await teamIds(t);
  });
  afterAll(() => t.close());

  async function send(email: string, method: 'get' | 'post' | 'put' | 'delete', path: string, body?: object) {
    const request = t.http[method](`/api/registers${path}`).set('Authorization', `Bearer ${await t.signIn(email)}`);
    return body ? request.send(body) : request;
  }
  const fields = (body: { details?: { fields?: Record<string, string[]> } }) => body.details?.fields;

  const payroll = {
    name: 'Payroll',
    criticality: 'critical',
    defaultSeverity: 'S2',
    owningTeamId: null as string | null,
    description: 'Pays everyone twice a month.',
  };

  describe('critical services', () => {
    it('lets a process owner add entries and every role read them, sorted by name', async () => {
      const created = await send(OWNER, 'post', '/services', { ...payroll, owningTeamId: teams['Applications'] });
      expect(created.status).toBe(201);
      expect(created.body).toEqual({
        id: expect.any(String),
        name: 'Payroll',
        criticality: 'critical',
        defaultSeverity: 'S2',
        owningTeamId: teams['Applications'],
        owningTeamName: 'Applications',
        description: 'Pays everyone twice a month.',
        inProcedure: true,
        rowVersion: 1,
        updatedAt: '2026-11-02T09:00:00.000Z',
      });
      services['Payroll'] = created.body;
      const vpn = await send(ADMIN, 'post', '/services', {
        name: 'VPN',
        criticality: 'high',
        defaultSeverity: 'S3',
        owningTeamId: null,
      });
      expect(vpn.body).toMatchObject({ name: 'VPN', owningTeamName: null, description: '', rowVersion: 1 });
      services['VPN'] = vpn.body;
      for (const reader of [AGENT, MANAGER]) {
        const list = await send(reader, 'get', '/services');
        expect([list.status, list.body.map((s: CriticalService) => s.name)]).toEqual([200, ['Payroll', 'VPN']]);
      }
    });

    it('refuses agents and managers who try to write', async () => {
      for (const who of [AGENT, MANAGER]) {
        const refused = await send(who, 'post', '/services', { ...payroll, name: 'CRM' });
        expect([refused.status, refused.body.code]).toEqual([403, 'forbidden']);
      }
    });

    it('answers a service the procedure lacks, a duplicate, an unknown team and a bad criticality on the field', async () => {
      const unknown = await send(OWNER, 'post', '/services', { ...payroll, name: 'Printing' });
      expect([unknown.status, fields(unknown.body)]).toEqual([
        400,
        { name: ['"Printing" is not one of the current procedure\'s services'] },
      ]);
      const duplicate = await send(OWNER, 'post', '/services', payroll);
      expect([duplicate.status, fields(duplicate.body)]).toEqual([
        400,
        { name: ['the register already has an entry for this service'] },
      ]);
      const team = await send(OWNER, 'post', '/services', { ...payroll, name: 'CRM', owningTeamId: MISSING });
      expect([team.status, fields(team.body)]).toEqual([400, { owningTeamId: ['no such team'] }]);
      const criticality = await send(OWNER, 'post', '/services', { ...payroll, name: 'CRM', criticality: 'vital' });
      expect([criticality.status, criticality.body.code, Object.keys(fields(criticality.body) ?? {})]).toEqual([
        400,
        'validation_failed',
        ['criticality'],
      ]);
      expect((await send(AGENT, 'get', '/services')).body).toHaveLength(2);
    });

    it('edits with the row version it was based on: 409 when stale, 404 when gone', async () => {
      clock.set(new Date('2026-11-02T10:00:00Z'));
      const vpn = services['VPN'] as CriticalService;
      const edit = { ...payroll, name: 'VPN', defaultSeverity: 'S1', rowVersion: 1 };
      const edited = await send(OWNER, 'put', `/services/${vpn.id}`, edit);
      expect([edited.status, edited.body.defaultSeverity, edited.body.rowVersion, edited.body.updatedAt]).toEqual([
        200,
        'S1',
        2,
        '2026-11-02T10:00:00.000Z',
      ]);
      const stale = await send(OWNER, 'put', `/services/${vpn.id}`, { ...edit, defaultSeverity: 'S4' });
      expect([stale.status, stale.body.code]).toEqual([409, 'stale_version']);
      const gone = await send(OWNER, 'put', `/services/${MISSING}`, edit);
      expect([gone.status, gone.body.code]).toEqual([404, 'not_found']);
      const [row] = await t.dataSource.query(`SELECT default_severity FROM critical_service WHERE id = $1`, [vpn.id]);
      expect(row).toEqual({ default_severity: 'S1' });
      services['VPN'] = edited.body;
    });
  });

  describe('risks', () => {
    const risk = (over: Partial<Risk>) => ({
      title: 'A risk',
      description: '',
      likelihood: 1,
      impact: 1,
      serviceId: null,
      scenarioId: null,
      mitigation: '',
      owner: 'Lee Tanaka',
      status: 'open',
      reviewedAt: null,
      ...over,
    });

    it('scores likelihood x impact, names the service and the guideline, and lists the highest score first', async () => {
      const failover = await send(
        OWNER,
        'post',
        '/risks',
        risk({
          title: 'Failover during the payroll run',
          likelihood: 2,
          impact: 5,
          serviceId: services['Payroll']?.id,
          scenarioId: 'database-outage',
          reviewedAt: '2026-10-01T00:00:00.000Z',
        }),
      );
      expect(failover.status).toBe(201);
      expect(failover.body).toMatchObject({
        score: 10,
        serviceName: 'Payroll',
        scenarioName: 'Database outage',
        reviewedAt: '2026-10-01T00:00:00.000Z',
        rowVersion: 1,
      });
      risks['failover'] = failover.body;
      const capacity = risk({ title: 'VPN at capacity', likelihood: 4, impact: 3, serviceId: services['VPN']?.id });
      risks['capacity'] = (await send(OWNER, 'post', '/risks', capacity)).body;
      const certificate = risk({ title: 'Certificate expiry', likelihood: 3, impact: 4, status: 'mitigated' });
      risks['certificate'] = (await send(ADMIN, 'post', '/risks', { ...certificate, scenarioId: 'website-down' })).body;
      const cutoff = risk({
        title: 'Provider misses the cut-off',
        likelihood: 1,
        impact: 4,
        scenarioId: 'payroll-run',
      });
      risks['cutoff'] = (await send(OWNER, 'post', '/risks', cutoff)).body;
      const list = await send(AGENT, 'get', '/risks');
      expect(list.body.map((r: Risk) => [r.title, r.score, r.serviceName, r.scenarioName])).toEqual([
        ['Certificate expiry', 12, null, 'Public website down'],
        ['VPN at capacity', 12, 'VPN', null],
        ['Failover during the payroll run', 10, 'Payroll', 'Database outage'],
        ['Provider misses the cut-off', 4, null, 'Payroll at risk'],
      ]);
    });

    it('refuses a guideline the procedure lacks, an unknown service, a likelihood of 6 and an agent', async () => {
      const scenario = await send(OWNER, 'post', '/risks', risk({ scenarioId: 'no-such-guideline' }));
      expect([scenario.status, fields(scenario.body)]).toEqual([
        400,
        { scenarioId: ['the current procedure has no scenario guideline "no-such-guideline"'] },
      ]);
      const service = await send(OWNER, 'post', '/risks', risk({ serviceId: MISSING }));
      expect([service.status, fields(service.body)]).toEqual([400, { serviceId: ['no such critical service'] }]);
      const likelihood = await send(OWNER, 'post', '/risks', risk({ likelihood: 6 }));
      expect([likelihood.status, Object.keys(fields(likelihood.body) ?? {})]).toEqual([400, ['likelihood']]);
      const agent = await send(AGENT, 'post', '/risks', risk({}));
      expect(agent.status).toBe(403);
    });

    it('edits and deletes with the row version: 409 when stale', async () => {
      const capacity = risks['capacity'] as Risk;
      const edit = { ...risk({ ...capacity, status: 'mitigated' }), rowVersion: 1 };
      const edited = await send(OWNER, 'put', `/risks/${capacity.id}`, edit);
      expect([edited.status, edited.body.status, edited.body.rowVersion]).toEqual([200, 'mitigated', 2]);
      expect((await send(OWNER, 'put', `/risks/${capacity.id}`, edit)).status).toBe(409);
      const staleDelete = await send(OWNER, 'delete', `/risks/${capacity.id}?rowVersion=1`);
      expect([staleDelete.status, staleDelete.body.code]).toEqual([409, 'stale_version']);
      expect((await send(OWNER, 'delete', `/risks/${capacity.id}?rowVersion=2`)).status).toBe(204);
      expect((await send(OWNER, 'delete', `/risks/${capacity.id}?rowVersion=2`)).status).toBe(404);
      expect((await send(AGENT, 'get', '/risks')).body.map((r: Risk) => r.title)).not.toContain('VPN at capacity');
    });
  });

  describe('context for a new escalation', () => {
    const context = async (query: string) => (await send(AGENT, 'get', `/context?${query}`)).body as RegisterContext;

    it('gives the service entry, the matching guidelines and the open risks linked to either', async () => {
      const payrollDatabase = await context('category=database&affectedService=Payroll');
      expect(payrollDatabase.service).toMatchObject({ name: 'Payroll', defaultSeverity: 'S2' });
      expect(payrollDatabase.guidelines.map((g) => [g.id, g.entryLevel, g.minimumSeverity])).toEqual([
        ['database-outage', 3, 'S2'],
        ['payroll-run', undefined, 'S2'],
      ]);
      expect(payrollDatabase.risks.map((r) => r.title)).toEqual([
        'Failover during the payroll run',
        'Provider misses the cut-off',
      ]);
      // The certificate risk is linked to "Public website down" but mitigated: not shown.
      const website = await context('category=application&affectedService=Website');
      expect([website.service, website.guidelines.map((g) => g.id), website.risks]).toEqual([
        null,
        ['website-down'],
        [],
      ]);
      expect(await context('category=network&affectedService=Wi-Fi')).toEqual({
        service: null,
        guidelines: [],
        risks: [],
      });
      expect((await send(AGENT, 'get', '/context?category=network')).status).toBe(400);
    });

    it('deletes a service with its row version; its risks lose the link', async () => {
      const entry = services['Payroll'] as CriticalService;
      expect((await send(OWNER, 'delete', `/services/${entry.id}?rowVersion=1`)).status).toBe(204);
      const risk = (await send(AGENT, 'get', '/risks')).body.find((r: Risk) => r.id === risks['failover']?.id);
      expect([risk.serviceId, risk.serviceName, risk.scenarioId]).toEqual([null, null, 'database-outage']);
      expect((await context('category=network&affectedService=Payroll')).service).toBeNull();
    });
  });
});
