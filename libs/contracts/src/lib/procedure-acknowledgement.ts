import { z } from 'zod';
import { RoleSchema, type Role } from './enums';

/**
 * Who must acknowledge ("read and understood") a published procedure version: the people who work escalations under
 * it (agents) and who lead those teams (managers). Process owners wrote or approved it; admins run the system. Anyone
 * signed in may still acknowledge.
 */
export const ACKNOWLEDGING_ROLES = ['agent', 'manager'] as const satisfies readonly Role[];

/** The signed-in user's acknowledgement of one version. */
export const MyProcedureAcknowledgementSchema = z.object({
  procedureVersionId: z.uuid(),
  version: z.number().int().min(1),
  /** Whether the user's role is one that must acknowledge (and the version is published). */
  required: z.boolean(),
  /** Null while the user has not acknowledged it. */
  acknowledgedAt: z.iso.datetime().nullable(),
});
export type MyProcedureAcknowledgement = z.infer<typeof MyProcedureAcknowledgementSchema>;

/** A published version the signed-in user must acknowledge and has not yet. */
export const PendingAcknowledgementSchema = z.object({
  procedureVersionId: z.uuid(),
  version: z.number().int().min(1),
  name: z.string(),
  publishedAt: z.iso.datetime(),
});
export type PendingAcknowledgement = z.infer<typeof PendingAcknowledgementSchema>;

export const UnacknowledgedMemberSchema = z.object({
  userId: z.uuid(),
  name: z.string(),
  role: RoleSchema,
});
export type UnacknowledgedMember = z.infer<typeof UnacknowledgedMemberSchema>;

/** One team's staff who must acknowledge; `teamId` null gathers those without a team. */
export const TeamAcknowledgementsSchema = z.object({
  teamId: z.uuid().nullable(),
  teamName: z.string(),
  members: z.number().int().min(0),
  acknowledged: z.number().int().min(0),
  /** acknowledged / members (0..1); null for a team with no one who must acknowledge. */
  share: z.number().min(0).max(1).nullable(),
  notAcknowledged: z.array(UnacknowledgedMemberSchema),
});
export type TeamAcknowledgements = z.infer<typeof TeamAcknowledgementsSchema>;

export const ProcedureAcknowledgementReportSchema = z.object({
  procedureVersionId: z.uuid(),
  version: z.number().int().min(1),
  name: z.string(),
  publishedAt: z.iso.datetime().nullable(),
  members: z.number().int().min(0),
  acknowledged: z.number().int().min(0),
  share: z.number().min(0).max(1).nullable(),
  teams: z.array(TeamAcknowledgementsSchema),
});
export type ProcedureAcknowledgementReport = z.infer<typeof ProcedureAcknowledgementReportSchema>;

/** What "Remind now" did: in-app reminders written (at most one per person per day). */
export const AcknowledgementRemindResultSchema = z.object({
  reminded: z.number().int().min(0),
});
export type AcknowledgementRemindResult = z.infer<typeof AcknowledgementRemindResultSchema>;
