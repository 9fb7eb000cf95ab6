import { dataSourceOptions } from '@ladder/api/database';
import { DataSource } from 'typeorm';
import { seedOrganisation } from './organisation.seed';

/** Brings a database at `url` to the latest schema with the demo organisation, as the API's first start would. */
export async function prepareDemoDatabase(url: string): Promise<void> {
  const dataSource = new DataSource({ ...dataSourceOptions(url, 1, []), migrationsRun: false });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
    await seedOrganisation(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
