import { cpus, loadavg } from 'node:os';
import { ApiProcess } from './api-process';
import { BenchDatabase } from './bench-database';
import { parseBenchOptions } from './bench.options';
import { checkLine, phaseTable } from './bench.report';
import { runTransitions, type PhaseResult } from './transition-load';

/**
 * `npm run bench:workflow`: escalate / de-escalate over HTTP against the built API on a database with open
 * escalations, at each connection count in turn; then checks in SQL that the database wrote exactly one
 * transition per 2xx answer, and prints a markdown table. Traffic goes to 127.0.0.1 only.
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
    const token = await api.signIn('l1.agent@ladder.demo', 'ladder-demo');
    const before = await database.counts();
    const first = options.connections[0] ?? 8;
    const warmup =
      options.warmup > 0 ? await runTransitions(api.origin, token, escalations, first, options.warmup) : null;
    let answered = warmup?.ok ?? 0;
    const phases: PhaseResult[] = [];
    for (const connections of options.connections) {
      const phase = await runTransitions(api.origin, token, escalations, connections, options.duration);
      console.log(`${connections} connections: ${Math.round(phase.ok / phase.seconds)} transitions/s`);
      if (phase.firstFailure) console.log(`  first refusal: ${phase.firstFailure}`);
      phases.push(phase);
      answered += phase.ok;
    }
    await api.stop();
    api = null;
    const check = checkLine(await database.writtenSince(before), answered);
    console.log(`\n${phaseTable(phases, options.pool)}\n\n${check.text} (warm-up of ${options.warmup} s included)`);
    // The figures only mean something next to how busy the machine was.
    console.log(
      `${cpus().length} CPUs, load average over the last 1/5 min: ${loadavg()
        .slice(0, 2)
        .map((l) => l.toFixed(1))
        .join(' / ')}`,
    );
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
