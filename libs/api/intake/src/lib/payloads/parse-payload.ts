import { DomainException, fieldErrors } from '@ladder/api/common';
import {
  AlertmanagerPayloadSchema,
  GenericAlertBatchSchema,
  GenericAlertSchema,
  GrafanaPayloadSchema,
  type IntegrationKind,
} from '@ladder/contracts';
import type { ZodType } from 'zod';
import { fromAlertmanager } from './alertmanager-alerts';
import { fromGeneric } from './generic-alerts';
import type { IncomingAlert } from './incoming-alert';

function parsed<T>(schema: ZodType<T>, body: unknown, kind: IntegrationKind): T {
  const result = schema.safeParse(body);
  if (!result.success) {
    throw new DomainException('validation_failed', `The body is not a valid ${kind} webhook payload`, {
      fields: fieldErrors(result.error),
    });
  }
  return result.data;
}

/** The alerts of a webhook body in the integration's format; a body that is not in it is a 400. */
export function parsePayload(kind: IntegrationKind, body: unknown): IncomingAlert[] {
  switch (kind) {
    case 'alertmanager':
      return fromAlertmanager(parsed(AlertmanagerPayloadSchema, body, kind));
    case 'grafana':
      return fromAlertmanager(parsed(GrafanaPayloadSchema, body, kind));
    case 'generic': {
      // One schema or the other, so a mistake is reported at its field rather than as "matches neither".
      const batch = typeof body === 'object' && body !== null && 'alerts' in body;
      return fromGeneric(batch ? parsed(GenericAlertBatchSchema, body, kind) : parsed(GenericAlertSchema, body, kind));
    }
  }
}
