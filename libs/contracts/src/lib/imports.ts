import { z } from 'zod';
import { ActionSchema, SeveritySchema, SourceSchema } from './enums';
import { CreateEscalationSchema } from './escalation';

/** An instant with its offset (`Z` or `+02:00`): a local time would be ambiguous. */
const instant = z.iso.datetime({ offset: true });
/** People are named by the email of their Ladder account. */
const person = z.email().max(320);

/**
 * One thing that happened to an escalation, in the words of the workflow: status changes are the actions that
 * make them (acknowledge, wait, resume, resolve, reopen, close), as in `POST /api/escalations/:id/<action>`.
 */
export const ImportEventSchema = z.strictObject({
  type: ActionSchema,
  at: instant,
  actor: person.optional(),
  /** Reason (escalate, de-escalate, wait, reopen), text (comment, stakeholder-update) or summary (resolve). */
  body: z.string().trim().min(1).max(20000).optional(),
  /** escalate / de-escalate: the level reached; defaults to the next one up / down. */
  toLevel: z.number().int().min(1).optional(),
  /** escalate / de-escalate: the receiving team's name; defaults to the procedure's route, else the level's team. */
  team: z.string().trim().min(1).max(100).optional(),
  /** assign: who takes it; absent or null unassigns. */
  assignee: person.nullable().optional(),
});
export type ImportEvent = z.infer<typeof ImportEventSchema>;

/** One escalation with its whole history: one line of a JSON-lines file. */
export const ImportRecordSchema = z.strictObject({
  ...CreateEscalationSchema.shape,
  /** Its id in the system it comes from; importing the same id (and system) again changes nothing. */
  sourceId: z.string().trim().min(1).max(200),
  /** Defaults to what the procedure's matrix gives for impact and urgency. */
  severity: SeveritySchema.optional(),
  /** How it reached the desk there. */
  channel: SourceSchema.default('api'),
  createdAt: instant,
  createdBy: person.optional(),
  /** Team at the entry level; defaults to the procedure's route, else the level's team. */
  team: z.string().trim().min(1).max(100).optional(),
  /** In time order, after `createdAt`. */
  events: z.array(ImportEventSchema).max(1000).default([]),
});
export type ImportRecord = z.infer<typeof ImportRecordSchema>;
/** A record as written in a file, defaults left out. */
export type ImportRecordInput = z.input<typeof ImportRecordSchema>;

/**
 * The CSV layout (a ticketing tool's audit export): one row per event, rows of a ticket in time order (tickets may
 * interleave), the first row of each ticket its `created` row. Columns are found by header name, in any order;
 * other columns are ignored, and so is a column on a row whose event does not use it (exports repeat ticket fields).
 */
export const IMPORT_CSV_COLUMNS = [
  { column: 'ticket_id', fields: ['sourceId'], rows: 'every row', required: true },
  { column: 'event', fields: ['type'], rows: 'every row: `created` or an action', required: true },
  { column: 'timestamp', fields: ['createdAt', 'at'], rows: 'every row', required: true },
  { column: 'actor', fields: ['createdBy', 'actor'], rows: 'every row (optional)' },
  { column: 'title', fields: ['title'], rows: 'created' },
  { column: 'description', fields: ['description'], rows: 'created (optional)' },
  { column: 'category', fields: ['category'], rows: 'created' },
  { column: 'service', fields: ['affectedService'], rows: 'created' },
  { column: 'impact', fields: ['impact'], rows: 'created' },
  { column: 'urgency', fields: ['urgency'], rows: 'created' },
  { column: 'severity', fields: ['severity'], rows: 'created (optional)' },
  { column: 'channel', fields: ['channel'], rows: 'created (optional)' },
  { column: 'level', fields: ['level'], rows: 'created (optional)' },
  { column: 'to_level', fields: ['toLevel'], rows: 'escalate, de-escalate (optional)' },
  { column: 'team', fields: ['team'], rows: 'created, escalate, de-escalate (optional)' },
  { column: 'assignee', fields: ['assignee'], rows: 'assign (empty: unassign)' },
  { column: 'body', fields: ['body'], rows: 'comments, updates, reasons and summaries' },
  { column: 'stakeholders', fields: ['stakeholders'], rows: 'created (optional): `Name <email>; Name <email>`' },
] as const;
export type ImportCsvColumn = (typeof IMPORT_CSV_COLUMNS)[number]['column'];

export const ImportFormatSchema = z.enum(['jsonl', 'csv']);
export type ImportFormat = z.infer<typeof ImportFormatSchema>;

/** The request body's Content-Type for each format. */
export const IMPORT_CONTENT_TYPES: Readonly<Record<ImportFormat, string>> = {
  jsonl: 'application/x-ndjson',
  csv: 'text/csv',
};

/** `POST /api/imports?system=...&fileName=...`, the file as the raw body. */
export const ImportQuerySchema = z.object({
  /** The system the file comes from, e.g. "Zendesk": with each row's id, what makes an import idempotent. */
  system: z.string().trim().min(1).max(100),
  fileName: z.string().trim().min(1).max(255).default('upload'),
});
export type ImportQuery = z.infer<typeof ImportQuerySchema>;

/** A bad row: its line in the file (1 is the first; 0 for the file as a whole) and what is wrong. */
export const ImportErrorSchema = z.object({
  line: z.number().int().min(0),
  sourceId: z.string().nullable(),
  reason: z.string(),
});
export type ImportError = z.infer<typeof ImportErrorSchema>;

/** Reports list at most this many bad rows; `errorCount` counts them all. */
export const IMPORT_ERRORS_LISTED = 1000;

/** rejected: bad rows, nothing written; writing: in progress; done; failed: stopped part way (import it again). */
export const ImportRunStatusSchema = z.enum(['rejected', 'writing', 'done', 'failed']);
export type ImportRunStatus = z.infer<typeof ImportRunStatusSchema>;

export const ImportRunSummarySchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  format: ImportFormatSchema,
  system: z.string(),
  status: ImportRunStatusSchema,
  /** Escalations in the file. */
  total: z.number().int(),
  written: z.number().int(),
  /** Imported before (same system and id): left as they are. */
  skipped: z.number().int(),
  errorCount: z.number().int(),
  createdByName: z.string().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
});
export type ImportRunSummary = z.infer<typeof ImportRunSummarySchema>;

/**
 * An upload and what became of it: the answer to `POST /api/imports` (202, or the `details` of its 400 when rows
 * are bad) and to `GET /api/imports/:id`.
 */
export const ImportRunSchema = ImportRunSummarySchema.extend({
  errors: z.array(ImportErrorSchema),
});
export type ImportRun = z.infer<typeof ImportRunSchema>;

/** `GET /api/imports`: the latest runs, newest first. */
export const ImportRunListSchema = z.object({ items: z.array(ImportRunSummarySchema) });
export type ImportRunList = z.infer<typeof ImportRunListSchema>;
