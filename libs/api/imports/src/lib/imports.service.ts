import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { Clock, DomainException } from '@ladder/api/common';
import { ProceduresService } from '@ladder/api/procedures';
import type { ImportQuery, ImportRun, ImportRunList, Me } from '@ladder/contracts';
import { DataSource } from 'typeorm';
import { checkedHistories, checkFile } from './checking/file-check';
import { loadImportContext } from './checking/import-context';
import { sourceItems } from './reading/source-record';
import type { Upload } from './reading/upload';
import { ImportRunStore } from './runs/import-run.store';
import { ImportWriter } from './writing/import-writer.service';

/** History imports: the whole file is checked first; only a file without a bad row is written, in the background. */
@Injectable()
export class ImportsService implements OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly procedures: ProceduresService,
    private readonly runs: ImportRunStore,
    private readonly writer: ImportWriter,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.runs.failInterrupted();
  }

  /** The run, writing; a 400 whose details are the rejected run (every bad row) when anything is wrong. */
  async start(upload: Upload, query: ImportQuery, me: Me): Promise<ImportRun> {
    const procedure = await this.procedures.current();
    const ctx = await loadImportContext(this.dataSource, procedure, query.system, this.clock.now());
    const check = await checkFile(sourceItems(upload), ctx);
    const run = await this.runs.create({
      fileName: query.fileName,
      format: upload.format,
      system: query.system,
      createdBy: me.id,
      ...check,
    });
    if (run.status === 'rejected') {
      const rows = check.errorCount === 1 ? 'problem' : 'problems';
      throw new DomainException(
        'validation_failed',
        `${check.errorCount} ${rows} in the file: nothing was imported`,
        run,
      );
    }
    this.writer.start(run.id, checkedHistories(sourceItems(upload), ctx), ctx);
    return run;
  }

  async list(): Promise<ImportRunList> {
    return { items: await this.runs.latest() };
  }

  async get(id: string): Promise<ImportRun> {
    const run = await this.runs.get(id);
    if (!run) throw new DomainException('not_found', `import ${id} does not exist`);
    return run;
  }
}
