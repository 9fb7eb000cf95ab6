import type { DataSourceOptions, EntitySchema, MixedList } from 'typeorm';
import { MIGRATIONS } from './migrations';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own entity list type
export type EntityList = MixedList<Function | string | EntitySchema>;

/** The one description of the database, used by Nest and by the TypeORM CLI alike. */
export function dataSourceOptions(url: string, poolSize: number, entities: EntityList): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTableName: 'migrations',
    synchronize: false,
    poolSize,
  };
}
