import { DomainException } from '@ladder/api/common';
import { labelSetKey } from './incoming-alert';
import { parsePayload } from './parse-payload';

const firing = {
  status: 'firing',
  labels: { alertname: 'HostDown', instance: 'web-1' },
  annotations: { summary: 'web-1 is down' },
  startsAt: '2026-11-26T10:00:00Z',
  endsAt: '2026-11-26T10:05:00Z',
  fingerprint: 'f1',
};
const webhook = (alerts: object[]) => ({ version: '4', status: 'firing', alerts });

describe('parsePayload', () => {
  it('reads an Alertmanager alert: title from the summary, description with the labels, fingerprint as key', () => {
    const [alert] = parsePayload('alertmanager', webhook([firing]));
    expect(alert).toMatchObject({
      dedupKey: 'f1',
      status: 'firing',
      title: 'web-1 is down',
      description: 'Labels:\n- alertname: HostDown\n- instance: web-1',
      links: [],
    });
  });

  it('keys an alert without fingerprint by its label set, whatever the order of the labels', () => {
    const [a] = parsePayload('alertmanager', webhook([{ ...firing, fingerprint: undefined }]));
    expect(a?.dedupKey).toBe(labelSetKey({ instance: 'web-1', alertname: 'HostDown' }));
    expect(a?.dedupKey).toHaveLength(32);
  });

  it('treats a firing alert re-sent with a later endsAt as the same occurrence, a new start or a resolution as new ones', () => {
    const occurrence = (alert: object) => parsePayload('alertmanager', webhook([alert]))[0]?.occurrence;
    const first = occurrence(firing);
    expect(occurrence({ ...firing, endsAt: '2026-11-26T10:09:00Z' })).toBe(first);
    expect(occurrence({ ...firing, startsAt: '2026-11-26T11:00:00Z' })).not.toBe(first);
    const resolved = occurrence({ ...firing, status: 'resolved' });
    expect(resolved).not.toBe(first);
    expect(occurrence({ ...firing, status: 'resolved', endsAt: '2026-11-26T10:30:00Z' })).not.toBe(resolved);
  });

  it('names an alert without summary by its alertname', () => {
    const [alert] = parsePayload('alertmanager', webhook([{ ...firing, annotations: {} }]));
    expect(alert?.title).toBe('HostDown');
  });

  it('tells generic alerts apart by occurredAt, else by their whole content', () => {
    const base = { dedupKey: 'k', status: 'firing', title: 'Queue backlog' };
    const occurrence = (alert: object) => parsePayload('generic', alert)[0]?.occurrence;
    expect(occurrence({ ...base, occurredAt: '2026-11-26T10:00:00Z' })).toBe(
      occurrence({ ...base, occurredAt: '2026-11-26T10:00:00Z', labels: { a: 'b' } }),
    );
    expect(occurrence(base)).toBe(occurrence({ ...base }));
    expect(occurrence(base)).not.toBe(occurrence({ ...base, labels: { a: 'b' } }));
  });

  it('reports a malformed body at its field', () => {
    expect.assertions(2);
    try {
      parsePayload('generic', { alerts: [{ dedupKey: 'k', status: 'firing' }] });
    } catch (error) {
      expect(error).toBeInstanceOf(DomainException);
      expect((error as DomainException).details).toEqual({
        fields: { 'alerts.0.title': ['Invalid input: expected string, received undefined'] },
      });
    }
  });
});
