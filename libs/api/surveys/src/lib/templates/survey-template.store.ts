import type { SurveyTemplate, SurveyTemplateDefinition } from '@ladder/contracts';
import type { DataSource, EntityManager } from 'typeorm';

interface TemplateRow {
  id: string;
  version: number;
  definition: SurveyTemplateDefinition;
  created_at: Date;
  created_by: string | null;
  responses: number;
}

const TEMPLATE_SELECT = `
  SELECT t.id, t.version, t.definition, t.created_at, u.name AS created_by,
         (SELECT count(*)::int FROM survey_response r WHERE r.template_id = t.id) AS responses
    FROM survey_template t
    LEFT JOIN app_user u ON u.id = t.created_by`;

const toTemplate = (r: TemplateRow): SurveyTemplate => ({
  id: r.id,
  version: r.version,
  definition: r.definition,
  createdAt: r.created_at.toISOString(),
  createdBy: r.created_by,
  responses: r.responses,
});

/** Every version, newest first, with the responses recorded against each. */
export async function listTemplates(db: DataSource | EntityManager): Promise<SurveyTemplate[]> {
  return (await db.query<TemplateRow[]>(`${TEMPLATE_SELECT} ORDER BY t.version DESC`)).map(toTemplate);
}

/** The version new invitations use: the highest (the migration seeds version 1). */
export async function currentTemplate(db: DataSource | EntityManager): Promise<SurveyTemplate> {
  const [row] = await db.query<TemplateRow[]>(`${TEMPLATE_SELECT} ORDER BY t.version DESC LIMIT 1`);
  if (!row) throw new Error('survey_template is empty: the surveys migration seeds version 1');
  return toTemplate(row);
}

export async function insertTemplate(
  m: EntityManager,
  version: number,
  definition: SurveyTemplateDefinition,
  at: Date,
  userId: string,
): Promise<SurveyTemplate> {
  const [inserted] = await m.query<{ id: string }[]>(
    `INSERT INTO survey_template (version, definition, created_at, created_by) VALUES ($1, $2, $3, $4) RETURNING id`,
    [version, JSON.stringify(definition), at, userId],
  );
  const [row] = await m.query<TemplateRow[]>(`${TEMPLATE_SELECT} WHERE t.id = $1`, [inserted?.id]);
  if (!row) throw new Error('the template just inserted is gone');
  return toTemplate(row);
}
