import { z } from 'zod';
import { ImpactSchema, UrgencySchema } from './enums';

/** The payload format an integration posts: `POST /api/intake/<kind>`. */
export const IntegrationKindSchema = z.enum(['alertmanager', 'grafana', 'generic']);
export type IntegrationKind = z.infer<typeof IntegrationKindSchema>;

const labelName = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_.-]*$/, 'letters, digits, _ . and -, not starting with a digit');
const name = (max: number) => z.string().trim().min(1).max(max);

/** Where an alert lands; every field optional in a rule, each taken from the first matching rule that sets it. */
export const AlertRouteSchema = z.object({
  category: name(100),
  affectedService: name(100),
  /** The team that takes it; absent: the procedure's route for the category at level 1. */
  teamId: z.uuid().optional(),
  impact: ImpactSchema,
  urgency: UrgencySchema,
});
export type AlertRoute = z.infer<typeof AlertRouteSchema>;

export const RoutingRuleSchema = z.object({
  /** Every label named must have one of the listed values. */
  match: z
    .record(labelName, z.array(z.string().min(1).max(200)).min(1).max(50))
    .refine((match) => Object.keys(match).length > 0, 'a rule matches at least one label'),
  set: AlertRouteSchema.partial().refine((set) => Object.keys(set).length > 0, 'a rule sets at least one field'),
});
export type RoutingRule = z.infer<typeof RoutingRuleSchema>;

/**
 * How an integration's alerts become escalations: each field from the first rule that matches and sets it, the
 * affected service else from the service label, else the defaults.
 */
export const RoutingSchema = z.object({
  defaults: AlertRouteSchema.omit({ teamId: true }),
  /** The label whose value names the affected service when no rule sets one. */
  serviceLabel: labelName.default('service'),
  rules: z.array(RoutingRuleSchema).max(100).default([]),
});
export type Routing = z.infer<typeof RoutingSchema>;

export const IntegrationSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: IntegrationKindSchema,
  enabled: z.boolean(),
  /** A resolved alert proposes resolving its escalation to the agent working it. */
  proposeResolution: z.boolean(),
  routing: RoutingSchema,
  /** Where the monitoring system posts, relative to the portal's origin. */
  endpoint: z.string(),
  createdAt: z.iso.datetime(),
  lastReceivedAt: z.iso.datetime().nullable(),
  /** Alert notifications accepted so far (repeats included, redeliveries not). */
  notificationsReceived: z.number().int().min(0),
  /** Escalations it opened that are not yet resolved. */
  openEscalations: z.number().int().min(0),
  version: z.number().int(),
});
export type Integration = z.infer<typeof IntegrationSchema>;

/** Answer to creating an integration or rotating its secret: the only time the secret is shown. */
export const IntegrationWithSecretSchema = IntegrationSchema.extend({ secret: z.string() });
export type IntegrationWithSecret = z.infer<typeof IntegrationWithSecretSchema>;

export const CreateIntegrationSchema = z.object({
  name: name(100),
  kind: IntegrationKindSchema,
  proposeResolution: z.boolean().default(true),
  routing: RoutingSchema,
});
export type CreateIntegration = z.infer<typeof CreateIntegrationSchema>;

export const UpdateIntegrationSchema = CreateIntegrationSchema.omit({ kind: true })
  .partial()
  .extend({ enabled: z.boolean().optional(), version: z.number().int() });
export type UpdateIntegration = z.infer<typeof UpdateIntegrationSchema>;

export const RotateIntegrationSecretSchema = z.object({ version: z.number().int() });
export type RotateIntegrationSecret = z.infer<typeof RotateIntegrationSecretSchema>;

// ---- Payloads -------------------------------------------------------------------------------------------------

const labels = z.record(z.string().max(200), z.string().max(2000));
const timestamp = z.string().max(64);

/** One alert of a Prometheus Alertmanager webhook (version 4). */
export const AlertmanagerAlertSchema = z.object({
  status: z.enum(['firing', 'resolved']),
  labels,
  annotations: labels.default({}),
  startsAt: timestamp,
  endsAt: timestamp.optional(),
  generatorURL: z.string().max(2000).optional(),
  fingerprint: z.string().max(200).optional(),
});

export const AlertmanagerPayloadSchema = z.object({
  version: z.string().max(10).optional(),
  groupKey: z.string().max(2000).optional(),
  status: z.enum(['firing', 'resolved']),
  receiver: z.string().max(200).optional(),
  externalURL: z.string().max(2000).optional(),
  alerts: z.array(AlertmanagerAlertSchema).min(1).max(1000),
});
export type AlertmanagerPayload = z.infer<typeof AlertmanagerPayloadSchema>;

/** Grafana's webhook contact point sends Alertmanager's shape plus links and a few fields of its own. */
export const GrafanaPayloadSchema = AlertmanagerPayloadSchema.extend({
  alerts: z
    .array(
      AlertmanagerAlertSchema.extend({
        silenceURL: z.string().max(2000).optional(),
        dashboardURL: z.string().max(2000).optional(),
        panelURL: z.string().max(2000).optional(),
        valueString: z.string().max(4000).optional(),
      }),
    )
    .min(1)
    .max(1000),
  title: z.string().max(500).optional(),
  message: z.string().max(20000).optional(),
});
export type GrafanaPayload = z.infer<typeof GrafanaPayloadSchema>;

/** The generic format, for any other system: one alert, or several under `alerts`. */
export const GenericAlertSchema = z.object({
  /** Alerts with the same key are one problem: they add to one open escalation. */
  dedupKey: z.string().trim().min(1).max(200),
  status: z.enum(['firing', 'resolved']),
  title: name(200),
  description: z.string().max(20000).optional(),
  labels: labels.default({}),
  links: z
    .array(z.object({ title: z.string().trim().min(1).max(200), url: z.url().max(2000) }))
    .max(20)
    .default([]),
  /** When the problem started (firing) or ended (resolved); the time it arrived when absent. */
  occurredAt: z.iso.datetime({ offset: true }).optional(),
});
export type GenericAlert = z.infer<typeof GenericAlertSchema>;

export const GenericAlertBatchSchema = z.object({ alerts: z.array(GenericAlertSchema).min(1).max(1000) });

export const GenericPayloadSchema = z.union([GenericAlertSchema, GenericAlertBatchSchema]);
export type GenericPayload = z.infer<typeof GenericPayloadSchema>;

// ---- Outcome ---------------------------------------------------------------------------------------------------

/**
 * What one alert of a delivery did: opened an escalation, was counted as a repeat on the open one, resolved it
 * (its event recorded), or changed nothing (a redelivery, or resolved with no open escalation).
 */
export const AlertOutcomeSchema = z.enum(['opened', 'repeat', 'resolved', 'unchanged']);
export type AlertOutcome = z.infer<typeof AlertOutcomeSchema>;

export const IntakeResultSchema = z.object({
  alerts: z.array(
    z.object({
      dedupKey: z.string(),
      outcome: AlertOutcomeSchema,
      escalationId: z.uuid().nullable(),
      escalationNumber: z.number().int().nullable(),
    }),
  ),
});
export type IntakeResult = z.infer<typeof IntakeResultSchema>;

/** The alert behind a monitoring escalation, as the escalation shows it. */
export const EscalationAlertSchema = z.object({
  integrationId: z.uuid(),
  integrationName: z.string(),
  dedupKey: z.string(),
  status: z.enum(['firing', 'resolved']),
  labels: z.record(z.string(), z.string()),
  annotations: z.record(z.string(), z.string()),
  links: z.array(z.object({ title: z.string(), url: z.string() })),
  /** Firing notifications counted on this escalation, the first included. */
  fireCount: z.number().int().min(1),
  firstFiredAt: z.iso.datetime(),
  lastFiredAt: z.iso.datetime(),
  resolvedAt: z.iso.datetime().nullable(),
  /** The alert resolved and its integration proposes resolving the escalation. */
  proposeResolution: z.boolean(),
});
export type EscalationAlert = z.infer<typeof EscalationAlertSchema>;
