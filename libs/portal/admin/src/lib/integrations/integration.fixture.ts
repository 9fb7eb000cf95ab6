import type { Integration } from '@ladder/contracts';

/** An integration as the API lists it, for the integration specs (each overrides what it is about). */
export const INTEGRATION: Integration = {
  id: '5a7c3e2d-1b4f-4c8a-9e6d-0f1a2b3c4d5e',
  name: 'Production Alertmanager',
  kind: 'alertmanager',
  enabled: true,
  proposeResolution: true,
  routing: {
    defaults: { category: 'software', affectedService: 'Payroll', impact: 'medium', urgency: 'medium' },
    serviceLabel: 'service',
    rules: [],
  },
  endpoint: '/api/intake/alertmanager',
  createdAt: '2026-11-20T08:00:00.000Z',
  lastReceivedAt: '2026-11-26T14:05:00.000Z',
  notificationsReceived: 1204,
  openEscalations: 3,
  version: 3,
};
