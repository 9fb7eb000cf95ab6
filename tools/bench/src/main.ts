import { ApiProcess } from './api-process';
import { BenchDatabase } from './bench-database';
import { parseBenchOptions } from './bench.options';
import { checkLine, machineLine, phaseTable, type MeasuredPhase } from './bench.report';
import { CpuMeter } from './cpu-meter';
import { databaseChannel, httpChannel } from './transition-channels';
import { runTransitions, type TransitionChannel, withChannels } from './transition-load';

const AGENT = 'l1.agent@ladder.demo';

/**
 * `npm run bench:workflow`: escalate / de-escalate over HTTP against the built API on a database with open
 * escalations, at each connection count in turn; then the same transitions straight to the database at the first
 * count, for what PostgreSQL alone does here. Checks in SQL that the database wrote exactly one transition per
 * answered one, and prints a markdown table with where each transition's CPU went. Traffic goes to 127.0.0.1 only.
 */
async function main(): Promise<void> {
  // eslint-disable-next-line no-restricted-syntax -- the bench's one configuration parser
  const options = parseBenchOptions(process.argv.slice(2), process.env);
  const database = await BenchDatabase.open(options.databaseUrl, options.serverUrl);
  let api: ApiProcess | null = null;
  try {
    console.log(`database ${database.name}: preparing ${options.escalations} open escalations`);
    await database.ensureEscalations(options.escalations);
    const escalations = await database.workingSet(options.escalations);
    api = await ApiProcess.start(options.api, database.url, options.pool);
    const overHttp = httpChannel(api.origin, await api.signIn(AGENT, 'ladder-demo'));
    const before = await database.counts();
    const first = options.connections[0] ?? 8;
    const phase = async (via: string, channel: () => Promise<TransitionChannel>, connections: number) => {
      await database.vacuum();
      const cpu = CpuMeter.forApi(api?.pid);
      const [result, used] = await withChannels(channel, connections, async (channels) => {
        const start = cpu?.read();
        const run = await runTransitions(channels, escalations, options.duration);
        return [run, start && cpu ? CpuMeter.perTransition(start, cpu.read(), run.ok) : null] as const;
      });
      console.log(`${via}, ${connections} connections: ${Math.round(result.ok / result.seconds)} transitions/s`);
      if (result.firstFailure) console.log(`  first refusal: ${result.firstFailure}`);
      return { ...result, via, cpu: used };
    };
    const warmup = await withChannels(overHttp, first, (channels) =>
      runTransitions(channels, escalations, options.warmup),
    );
    const phases: MeasuredPhase[] = [];
    for (const connections of options.connections) phases.push(await phase('API', overHttp, connections));
    await api.stop();
    api = null;
    const direct = databaseChannel(database.url, await database.userId(AGENT));
    phases.push(await phase('database only', direct, first));
    const answered = warmup.ok + phases.reduce((sum, p) => sum + p.ok, 0);
    const check = checkLine(await database.writtenSince(before), answered);
    console.log(`\n${phaseTable(phases, options.pool)}\n\n${check.text} (warm-up of ${options.warmup} s included)`);
    // The figures only mean something next to how busy the machine was.
    console.log(machineLine());
    if (!check.ok) process.exitCode = 1;
  } finally {
    await api?.stop();
    await database.close(options.keep);
    if (options.keep || options.databaseUrl) console.log(`database kept: ${database.name}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
