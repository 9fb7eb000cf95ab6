import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { correlationIdOf } from './correlation-id';

function exchange(header?: string): [IncomingMessage, ServerResponse] {
  const request = new IncomingMessage(new Socket());
  if (header !== undefined) request.headers['x-correlation-id'] = header;
  return [request, new ServerResponse(request)];
}

describe('correlationIdOf', () => {
  it('keeps a sane incoming id and sets it on the response', () => {
    const [request, response] = exchange('ticket-42');
    expect(correlationIdOf(request, response)).toBe('ticket-42');
    expect(response.getHeader('x-correlation-id')).toBe('ticket-42');
  });

  it('replaces an unsafe incoming id with a UUID, and answers the same id on the next call', () => {
    const [request, response] = exchange('<script>');
    const id = correlationIdOf(request, response);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(correlationIdOf(request, response)).toBe(id);
  });
});
