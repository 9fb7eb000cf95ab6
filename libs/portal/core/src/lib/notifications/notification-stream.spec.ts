import { parseNotification } from './notification-stream';

const notification = {
  id: '0b9f7a52-5d7e-4a8e-9d62-1f1d1c0b2a11',
  escalationId: '5c1e0d3a-7d0f-4c39-a7a4-9f0b5b4b6e22',
  subject: 'ESC-1042 escalated to L2 Team Leads',
  body: 'The L1 budget ran out.',
  link: '/escalations/5c1e0d3a-7d0f-4c39-a7a4-9f0b5b4b6e22',
  createdAt: '2026-11-26T12:00:00.000Z',
  readAt: null,
};

describe('parseNotification', () => {
  it('reads the notification of an SSE message', () => {
    expect(parseNotification(JSON.stringify(notification))).toEqual(notification);
  });

  it('keeps only the fields of a notification', () => {
    expect(parseNotification(JSON.stringify({ ...notification, extra: 1, escalationId: null, link: null }))).toEqual({
      ...notification,
      escalationId: null,
      link: null,
    });
  });

  it.each([
    ['not JSON', '{"id":'],
    ['a JSON scalar', '42'],
    ['JSON null', 'null'],
    ['a missing subject', JSON.stringify({ ...notification, subject: undefined })],
    ['a numeric id', JSON.stringify({ ...notification, id: 7 })],
    ['a link that is not text', JSON.stringify({ ...notification, link: { path: '/x' } })],
  ])('ignores %s', (_case, data) => {
    expect(parseNotification(data)).toBeNull();
  });

  it('ignores data that is not text', () => {
    expect(parseNotification(undefined)).toBeNull();
  });
});
