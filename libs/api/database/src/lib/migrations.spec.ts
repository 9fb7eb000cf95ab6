import { MIGRATIONS } from './migrations';
import { dataSourceOptions } from './data-source-options';

describe('MIGRATIONS', () => {
  const timestamps = MIGRATIONS.map((m) => Number(/(\d{13})$/.exec(m.name)?.[1]));

  it('names every migration with its 13-digit timestamp, oldest first and without repeats', () => {
    expect(timestamps.every((t) => Number.isInteger(t))).toBe(true);
    expect(timestamps).toEqual([...new Set(timestamps)].sort((a, b) => a - b));
  });

  it('gives each instance the name TypeORM records in the migrations table', () => {
    for (const Migration of MIGRATIONS) expect(new Migration().name).toBe(Migration.name);
  });
});

describe('dataSourceOptions', () => {
  it('never synchronises and migrates on start, with the given pool', () => {
    expect(dataSourceOptions('postgres://db/x', 5, [])).toMatchObject({
      type: 'postgres',
      url: 'postgres://db/x',
      synchronize: false,
      migrationsRun: true,
      migrations: MIGRATIONS,
      poolSize: 5,
    });
  });
});
