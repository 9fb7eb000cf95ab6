import { MIGRATIONS } from '@ladder/api/database';
import { createTestApp, type TestApp } from '@ladder/api/testing';

describe('HTTP platform', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('reports health once the database answers and every migration ran', async () => {
    const response = await t.http.get('/api/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', database: t.engine, migrations: MIGRATIONS.length });
  });

  it('answers an unknown API route with 404 route_not_found and a correlation id', async () => {
    const response = await t.http.get('/api/no-such-thing').expect(404);
    expect(response.body).toEqual({
      code: 'route_not_found',
      message: 'Cannot GET /api/no-such-thing',
      correlationId: response.headers['x-correlation-id'],
    });
    expect(response.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps the caller’s correlation id', async () => {
    const response = await t.http.get('/api/no-such-thing').set('X-Correlation-Id', 'ticket-42').expect(404);
    expect(response.headers['x-correlation-id']).toBe('ticket-42');
    expect(response.body.correlationId).toBe('ticket-42');
  });

  it('answers malformed JSON with 400 validation_failed', async () => {
    const response = await t.http
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email": ')
      .expect(400);
    expect(response.body.code).toBe('validation_failed');
    expect(response.body.correlationId).toBe(response.headers['x-correlation-id']);
  });

  it('answers a body that fails its schema with 400 and the field errors', async () => {
    const response = await t.http.post('/api/auth/login').send({ email: 'not-an-email' }).expect(400);
    expect(response.body.code).toBe('validation_failed');
    expect(Object.keys(response.body.details.fields).sort()).toEqual(['email', 'password']);
  });

  it('sets the security headers', async () => {
    const response = await t.http.get('/api/health');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
  });
});
