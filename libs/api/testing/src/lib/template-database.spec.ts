import { databaseUrl } from './template-database';

describe('databaseUrl', () => {
  it('swaps only the database name of a server URL', () => {
    expect(databaseUrl('postgres://root:pw@127.0.0.1:5432/postgres?sslmode=disable', 'ladder_test_1')).toBe(
      'postgres://root:pw@127.0.0.1:5432/ladder_test_1?sslmode=disable',
    );
  });
});
