import { Controller, Get, Module } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { RoleSchema, type Role } from '@ladder/contracts';
import { listRouteAccess, type RouteAccess } from '@ladder/api/identity';
import { createTestApp, type TestApp } from '@ladder/api/testing';
import { CAPABILITY_MODULES } from './capability-modules';

const ACCOUNT: Record<Role, string> = {
  agent: 'l1.agent@ladder.demo',
  manager: 'manager@ladder.demo',
  process_owner: 'owner@ladder.demo',
  admin: 'admin@ladder.demo',
};
const ANY_ID = '0b6c3f4e-8d2a-4c1b-9e7f-5a4d3c2b1a09';
/** Public to the session guard but proven by a secret of their own: a session, whatever its role, is not enough. */
const SECRET_AUTHENTICATED = new Set(['POST /intake/:kind']);

describe('route access', () => {
  let t: TestApp;
  let routes: RouteAccess[];
  beforeAll(async () => {
    t = await createTestApp({ imports: CAPABILITY_MODULES });
    routes = listRouteAccess(t.app.get(DiscoveryService), t.app.get(MetadataScanner), t.app.get(Reflector));
  });
  afterAll(() => t.close());

  async function call(route: RouteAccess, role?: Role) {
    const path = `/api${route.path.replace(/:\w+/g, ANY_ID)}`;
    const req = t.http[route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](path);
    if (role) req.set('Authorization', `Bearer ${await t.signIn(ACCOUNT[role])}`);
    return route.method === 'GET' ? req : req.send({});
  }

  it('discovers the routes of every capability module', () => {
    const found = routes.map((r) => `${r.method} ${r.path}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'GET /health',
        'POST /auth/login',
        'POST /auth/logout',
        'GET /me',
        'GET /teams',
        'GET /users',
        'GET /procedures',
        'GET /procedures/current',
        'POST /procedures/:id/acknowledge',
        'GET /procedures/:id/acknowledgement',
        'GET /procedures/:id/acknowledgements',
        'POST /procedures/:id/acknowledgements/remind',
        'GET /me/pending-acknowledgements',
        'GET /analytics/overview',
        'GET /reviews',
        'POST /reviews',
        'GET /reviews/action-items',
        'GET /reviews/:id',
        'POST /reviews/:id/findings',
        'PUT /reviews/:id/findings/:findingId',
        'DELETE /reviews/:id/findings/:findingId',
        'POST /reviews/:id/action-items',
        'PATCH /reviews/:id/action-items/:itemId',
        'POST /reviews/:id/close',
        'POST /reviews/:id/draft',
        'GET /analytics/procedure-comparison',
        'GET /registers/services',
        'POST /registers/services',
        'PUT /registers/services/:id',
        'DELETE /registers/services/:id',
        'GET /registers/risks',
        'POST /registers/risks',
        'PUT /registers/risks/:id',
        'DELETE /registers/risks/:id',
        'GET /registers/context',
        'GET /escalations/:id/similar',
        'POST /triage/suggestions',
        'GET /analytics/triage-acceptance',
        'GET /analytics/arrival-spikes',
        'GET /admin/integrations',
        'POST /admin/integrations',
        'PATCH /admin/integrations/:id',
        'POST /admin/integrations/:id/rotate-secret',
        'POST /intake/:kind',
      ]),
    );
  });

  it('answers every route x every role (and no session) as its decorators say', async () => {
    const wrong: string[] = [];
    for (const route of routes) {
      for (const role of [undefined, ...RoleSchema.options]) {
        const { status, body } = await call(route, role);
        const allowed = route.isPublic || (role !== undefined && route.roles?.includes(role));
        const expected = SECRET_AUTHENTICATED.has(`${route.method} ${route.path}`)
          ? '401 unauthenticated'
          : allowed
            ? 'allowed'
            : role === undefined
              ? '401 unauthenticated'
              : '403 forbidden';
        const actual = status === 401 || status === 403 ? `${status} ${(body as { code: string }).code}` : 'allowed';
        if (actual !== expected)
          wrong.push(`${route.method} ${route.path} as ${role ?? 'nobody'}: expected ${expected}, got ${status}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('a handler without @Roles or @Public', () => {
  @Controller('forgotten')
  class ForgottenController {
    @Get()
    open(): string {
      return 'should never be served';
    }
  }
  @Module({ controllers: [ForgottenController] })
  class ForgottenModule {}

  it('stops the app from starting', async () => {
    await expect(createTestApp({ imports: [ForgottenModule] })).rejects.toThrow(
      'Every route needs @Roles(...) or @Public(); missing on: GET /forgotten (ForgottenController.open)',
    );
  });
});
