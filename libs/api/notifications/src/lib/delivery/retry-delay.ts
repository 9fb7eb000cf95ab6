/** Exponential backoff: the first retry waits `backoffMs`, each further one twice as long. */
export function retryDelayMs(backoffMs: number, attempts: number): number {
  return backoffMs * 2 ** Math.max(0, attempts - 1);
}
