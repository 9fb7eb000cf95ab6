import { createHash } from 'node:crypto';
import { MIGRATIONS, dataSourceOptions } from '@ladder/api/database';
import { defaultProcedureDefinition, seedOrganisation } from '@ladder/api/demo-data';
import type { Client } from 'pg';
import { DataSource } from 'typeorm';

export const TEMPLATE_DATABASE = 'ladder_template';
/** Serialises template (re)builds and clones across parallel jest workers and projects. */
const LOCK_KEY = 7_410_2026;

/** Changes whenever a migration or the organisation seed changes, so a stale template is rebuilt. */
function fingerprint(): string {
  const sources = [
    ...MIGRATIONS.map((m) => `${m.name}:${m.prototype.up.toString()}`),
    seedOrganisation.toString(),
    // The procedure as data, with each team id standing in as its name: catches edits to rules and contacts too.
    JSON.stringify(
      defaultProcedureDefinition(new Proxy({} as Record<string, string>, { get: (_, name) => String(name) })),
    ),
  ];
  return createHash('sha256').update(sources.join('\n')).digest('hex');
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function buildTemplate(admin: Client, serverUrl: string, print: string): Promise<void> {
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  const dataSource = new DataSource(dataSourceOptions(databaseUrl(serverUrl, TEMPLATE_DATABASE), 1, []));
  await dataSource.initialize();
  try {
    await seedOrganisation(dataSource);
  } finally {
    await dataSource.destroy();
  }
  await admin.query(`COMMENT ON DATABASE ${TEMPLATE_DATABASE} IS '${print}'`);
}

/** A fresh database cloned from the migrated, organisation-seeded template (built once, rebuilt when stale). */
export async function cloneTemplate(admin: Client, serverUrl: string, name: string): Promise<void> {
  const print = fingerprint();
  await admin.query(`SELECT pg_advisory_lock($1)`, [LOCK_KEY]);
  try {
    const { rows } = await admin.query<{ comment: string | null }>(
      `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`,
      [TEMPLATE_DATABASE],
    );
    if (rows[0]?.comment !== print) await buildTemplate(admin, serverUrl, print);
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.query(`SELECT pg_advisory_unlock($1)`, [LOCK_KEY]);
  }
}
