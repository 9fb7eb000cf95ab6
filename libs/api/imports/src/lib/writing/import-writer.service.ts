import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@ladder/api/common';
import { CopySink, InsertSink, type HistorySink, type TableRows } from '@ladder/api/demo-data';
import type { PoolClient } from 'pg';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { DataSource, QueryFailedError } from 'typeorm';
import type { ImportContext } from '../checking/import-context';
import type { CheckedHistory } from '../checking/record-check';
import { ImportRunStore } from '../runs/import-run.store';
import { importedHistory } from './imported-history';
import { importRows } from './import-rows';

/** Escalations per transaction: small enough to show progress often, large enough for COPY to pay off. */
const BATCH = 1000;
/** Attempts at a batch that lost escalations to an import of the same file running at the same time. */
const ATTEMPTS = 3;

interface PreparedBatch {
  rows: TableRows[];
  written: number;
  skipped: number;
}

/**
 * Writes checked histories in the background, one transaction a batch, and counts them on the run. Batches rather
 * than one transaction: progress shows as it goes, nothing holds a million-row transaction open, and because a
 * batch leaves out what is already imported (same system and source id), a run cut short is finished by importing
 * the file again. Each batch is prepared while the one before is still being written.
 */
@Injectable()
export class ImportWriter implements BeforeApplicationShutdown {
  private readonly log = new Logger(ImportWriter.name);
  private readonly running = new Set<Promise<void>>();
  private stopping = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly runs: ImportRunStore,
  ) {}

  start(runId: string, histories: Iterable<CheckedHistory>, ctx: ImportContext): void {
    const work: Promise<void> = this.write(runId, histories, ctx)
      .then(() => this.runs.finish(runId))
      .catch(async (error: unknown) => {
        this.log.error(error, `import ${runId} failed`);
        await this.runs.fail(runId, error instanceof Error ? error.message : String(error));
      })
      .catch((error: unknown) => this.log.error(error, `import ${runId} could not be marked failed`))
      .finally(() => this.running.delete(work));
    this.running.add(work);
  }

  /**
   * Lets each import end its batch in flight and mark itself failed, so it never looks as if it were running; before
   * the shutdown hooks, which close the database connections.
   */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.running);
  }

  private async write(runId: string, histories: Iterable<CheckedHistory>, ctx: ImportContext): Promise<void> {
    let writing: Promise<void> = Promise.resolve();
    // Held here until awaited: a rejection with no handler while the next batch is prepared would end the process.
    const failures: unknown[] = [];
    for (const batch of batches(histories)) {
      const prepared = await this.prepare(batch, ctx);
      await writing;
      if (failures.length) throw failures[0];
      if (this.stopping) throw new Error('the API stopped while writing; import the file again to write the rest');
      writing = this.writeBatch(batch, prepared, ctx)
        .then(({ written, skipped }) => this.runs.progress(runId, written, skipped))
        .catch((error: unknown) => {
          failures.push(error);
        });
      // Let requests in between batches: preparing one keeps the event loop busy.
      await nextTurn();
    }
    await writing;
    if (failures.length) throw failures[0];
  }

  private async prepare(batch: readonly CheckedHistory[], ctx: ImportContext): Promise<PreparedBatch> {
    const imported = await this.alreadyImported(batch, ctx.system);
    const fresh = batch.filter((one) => !imported.has(one.record.sourceId));
    return {
      rows: importRows(
        fresh.map((one) => importedHistory(one, ctx)),
        ctx,
      ),
      written: fresh.length,
      skipped: batch.length - fresh.length,
    };
  }

  private async writeBatch(
    batch: readonly CheckedHistory[],
    prepared: PreparedBatch,
    ctx: ImportContext,
  ): Promise<PreparedBatch> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.withSink((sink) => sink.write(prepared.rows));
        return prepared;
      } catch (error) {
        if (attempt >= ATTEMPTS || !isSourceConflict(error)) throw error;
        prepared = await this.prepare(batch, ctx);
      }
    }
  }

  private async alreadyImported(batch: readonly CheckedHistory[], system: string): Promise<Set<string>> {
    const rows = await this.dataSource.query<{ source_id: string }[]>(
      `SELECT source_id FROM escalation WHERE source_system = $1 AND source_id = ANY ($2::text[])`,
      [system, batch.map((one) => one.record.sourceId)],
    );
    return new Set(rows.map((row) => row.source_id));
  }

  /** COPY on the server; INSERT on the embedded engine, as the demo seed writes there. One connection a batch. */
  private async withSink(work: (sink: HistorySink) => Promise<void>): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    const client = (await runner.connect()) as PoolClient;
    try {
      await work(this.config.embedded ? new InsertSink(runner) : new CopySink(client, false));
    } finally {
      await runner.release();
    }
  }
}

function* batches(histories: Iterable<CheckedHistory>): Generator<CheckedHistory[]> {
  let batch: CheckedHistory[] = [];
  for (const history of histories) {
    batch.push(history);
    if (batch.length === BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/** Another import wrote some of the batch's escalations after the batch was prepared. */
function isSourceConflict(error: unknown): boolean {
  const driverError: unknown = error instanceof QueryFailedError ? error.driverError : error;
  return (driverError as { constraint?: string } | null)?.constraint === 'uq_escalation_source';
}
