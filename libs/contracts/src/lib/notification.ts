import { z } from 'zod';
import { SeveritySchema, StatusSchema } from './enums';

export const NotificationChannelSchema = z.enum(['email', 'webhook', 'in-app']);
export type NotificationChannel = z.infer<typeof NotificationChannelSchema>;

/** An in-app notification in the signed-in user's list (and pushed over server-sent events). */
export const InAppNotificationSchema = z.object({
  id: z.uuid(),
  escalationId: z.uuid().nullable(),
  subject: z.string(),
  body: z.string(),
  /** Portal path to open, e.g. /escalations/<id>. */
  link: z.string().nullable(),
  createdAt: z.iso.datetime(),
  readAt: z.iso.datetime().nullable(),
});
export type InAppNotification = z.infer<typeof InAppNotificationSchema>;

export const InAppNotificationListSchema = z.object({
  items: z.array(InAppNotificationSchema),
  unread: z.number().int(),
});
export type InAppNotificationList = z.infer<typeof InAppNotificationListSchema>;

export const InAppNotificationQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) });
export type InAppNotificationQuery = z.infer<typeof InAppNotificationQuerySchema>;

export const DeliveryStatusSchema = z.enum(['pending', 'sent', 'failed']);
export type DeliveryStatus = z.infer<typeof DeliveryStatusSchema>;

export const DeliveryAttemptSchema = z.object({
  at: z.iso.datetime(),
  ok: z.boolean(),
  error: z.string().nullable(),
});

/** An email or webhook in the outbox, as admins see it. */
export const DeliverySchema = z.object({
  id: z.uuid(),
  escalationId: z.uuid().nullable(),
  channel: NotificationChannelSchema,
  recipient: z.string(),
  subject: z.string(),
  status: DeliveryStatusSchema,
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.iso.datetime(),
  nextAttemptAt: z.iso.datetime(),
  sentAt: z.iso.datetime().nullable(),
  history: z.array(DeliveryAttemptSchema),
});
export type Delivery = z.infer<typeof DeliverySchema>;

export const DeliveryListSchema = z.object({ items: z.array(DeliverySchema), total: z.number().int() });
export type DeliveryList = z.infer<typeof DeliveryListSchema>;

/** Admins' outbox view: newest first, 50 a page. */
export const DeliveryListQuerySchema = z.object({
  status: DeliveryStatusSchema.optional(),
  page: z.coerce.number().int().min(1).default(1),
});
export type DeliveryListQuery = z.infer<typeof DeliveryListQuerySchema>;

/** What a stakeholder sees through their token link: no internal comments, no names of staff. */
export const StakeholderStatusSchema = z.object({
  number: z.number().int(),
  title: z.string(),
  status: StatusSchema,
  severity: SeveritySchema,
  level: z.number().int(),
  levelName: z.string(),
  highestLevel: z.number().int(),
  createdAt: z.iso.datetime(),
  resolvedAt: z.iso.datetime().nullable(),
  resolutionSummary: z.string().nullable(),
  updates: z.array(z.object({ at: z.iso.datetime(), body: z.string() })),
  /** When the next stakeholder update is due; null once resolved. */
  nextUpdateDueAt: z.iso.datetime().nullable(),
});
export type StakeholderStatus = z.infer<typeof StakeholderStatusSchema>;
