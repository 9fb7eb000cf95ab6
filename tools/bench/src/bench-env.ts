/**
 * Where a bench's database lives: DATABASE_URL when set; otherwise the bench creates its own on BENCH_SERVER_URL
 * (the local server by default).
 */
export function benchDatabases(env: NodeJS.ProcessEnv): { databaseUrl: string | undefined; serverUrl: string } {
  return {
    databaseUrl: env['DATABASE_URL'] || undefined,
    serverUrl: env['BENCH_SERVER_URL'] || 'postgres://root@127.0.0.1:5432/postgres',
  };
}
