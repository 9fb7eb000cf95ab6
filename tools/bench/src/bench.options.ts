import { parseArgs } from 'node:util';
import { z } from 'zod';
import { benchDatabases } from './bench-env';

const OptionsSchema = z.object({
  /** Unset: a scratch database is created on `serverUrl` and dropped afterwards (unless --keep). */
  databaseUrl: z.string().optional(),
  serverUrl: z.string(),
  escalations: z.coerce.number().int().positive(),
  connections: z.array(z.coerce.number().int().positive()).min(1),
  duration: z.coerce.number().positive(),
  warmup: z.coerce.number().min(0),
  pool: z.coerce.number().int().positive(),
  api: z.string(),
  keep: z.boolean(),
});
export type BenchOptions = z.infer<typeof OptionsSchema>;

/** Flags plus DATABASE_URL (optional) and BENCH_SERVER_URL (where scratch databases are created). */
export function parseBenchOptions(argv: string[], env: NodeJS.ProcessEnv): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      escalations: { type: 'string', default: '100000' },
      connections: { type: 'string', default: '8,32' },
      duration: { type: 'string', default: '20' },
      warmup: { type: 'string', default: '3' },
      pool: { type: 'string', default: '8' },
      api: { type: 'string', default: 'dist/apps/api/main.js' },
      keep: { type: 'boolean', default: false },
    },
  });
  const parsed = OptionsSchema.safeParse({
    ...benchDatabases(env),
    escalations: values.escalations,
    connections: values.connections.split(','),
    duration: values.duration,
    warmup: values.warmup,
    pool: values.pool,
    api: values.api,
    keep: values.keep,
  });
  if (!parsed.success) throw new Error(z.prettifyError(parsed.error));
  return parsed.data;
}
