import { currentRun, stopRun } from './run';

export default async function globalTeardown(): Promise<void> {
  const run = currentRun();
  if (run) await stopRun(run);
}
