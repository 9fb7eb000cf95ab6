import type { IncomingMessage } from 'node:http';
import { requestLogFields } from './request-log-fields';

describe('requestLogFields', () => {
  const request = (fields: object) => fields as IncomingMessage & { id?: unknown; originalUrl?: string };

  it('names the request by correlation id, method, path as sent and caller address, and leaves the headers out', () => {
    const fields = requestLogFields(
      request({
        id: 'c0ffee',
        method: 'POST',
        url: '/escalations/1/escalate',
        originalUrl: '/api/escalations/1/escalate?x=1',
        headers: { authorization: 'Bearer secret', cookie: 'ladder_session=secret' },
        socket: { remoteAddress: '127.0.0.1' },
      }),
    );
    expect(fields).toEqual({
      id: 'c0ffee',
      method: 'POST',
      url: '/api/escalations/1/escalate?x=1',
      remoteAddress: '127.0.0.1',
    });
  });

  it('falls back to the url when no router has kept an original one', () => {
    expect(requestLogFields(request({ id: 'a', method: 'GET', url: '/api/me', socket: {} })).url).toBe('/api/me');
  });
});
