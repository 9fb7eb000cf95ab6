import { loadAppConfig } from '@ladder/api/common';
import { dataSourceOptions } from '@ladder/api/database';
import { DataSource } from 'typeorm';
import { ALL_ENTITIES } from './app/all-entities';

/**
 * The TypeORM CLI's data source (same options as Nest). Needs DATABASE_URL: the embedded engine belongs to the
 * running app (one process per data dir) and migrates itself on start.
 */
const config = loadAppConfig();
if (config.databaseUrl === undefined) throw new Error('Set DATABASE_URL to use the TypeORM CLI');
export default new DataSource(dataSourceOptions(config.databaseUrl, 1, ALL_ENTITIES));
