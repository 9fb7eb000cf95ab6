import { parseArgs } from 'node:util';
import { z } from 'zod';

const OptionsSchema = z.object({
  databaseUrl: z.string().min(1, 'DATABASE_URL is required (e.g. postgres://root@127.0.0.1:5432/ladder_demo)'),
  escalations: z.coerce.number().int().positive(),
  days: z.coerce.number().int().positive(),
  seed: z.coerce.number().int(),
  batchSize: z.coerce.number().int().positive(),
  /** The end of the history; fix it (ISO time) to get the same rows again from the same seed. */
  now: z.coerce.date(),
});
export type DemoDataOptions = z.infer<typeof OptionsSchema>;

/** The CLI's only configuration: flags plus DATABASE_URL. */
export function parseDemoDataOptions(argv: string[], env: NodeJS.ProcessEnv): DemoDataOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      escalations: { type: 'string', default: '10000' },
      days: { type: 'string', default: '365' },
      seed: { type: 'string', default: '42' },
      'batch-size': { type: 'string', default: '2000' },
      now: { type: 'string', default: new Date().toISOString() },
    },
  });
  const parsed = OptionsSchema.safeParse({
    databaseUrl: env['DATABASE_URL'] ?? '',
    escalations: values.escalations,
    days: values.days,
    seed: values.seed,
    batchSize: values['batch-size'],
    now: values.now,
  });
  if (!parsed.success) throw new Error(z.prettifyError(parsed.error));
  return parsed.data;
}
