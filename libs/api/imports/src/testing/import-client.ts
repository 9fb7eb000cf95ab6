import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { IMPORT_CONTENT_TYPES, type ImportFormat, type ImportRun } from '@ladder/contracts';
import type { TestApp } from '@ladder/api/testing';
import type { Response } from 'supertest';

/** The sample files the README documents (docs/import-sample.jsonl and .csv). */
export function sampleFile(format: ImportFormat): string {
  return readFileSync(join(__dirname, '../../../../../docs', `import-sample.${format}`), 'utf8');
}

/** Uploads files and follows their runs as one user (signed afresh for each call). */
export class ImportClient {
  constructor(
    private readonly t: TestApp,
    private readonly email: string,
  ) {}

  async upload(text: string, format: ImportFormat, system: string): Promise<Response> {
    return this.t.http
      .post('/api/imports')
      .query({ system, fileName: `history.${format}` })
      .set({ Authorization: await this.bearer(), 'Content-Type': IMPORT_CONTENT_TYPES[format] })
      .send(text);
  }

  async get(path: string): Promise<Response> {
    return this.t.http.get(path).set({ Authorization: await this.bearer() });
  }

  /** Uploads a file that must be accepted and waits until it is written. */
  async imported(text: string, format: ImportFormat, system: string): Promise<ImportRun> {
    const accepted = await this.upload(text, format, system);
    if (accepted.status !== 202)
      throw new Error(`import answered ${accepted.status}: ${JSON.stringify(accepted.body)}`);
    return this.finished((accepted.body as ImportRun).id);
  }

  async finished(id: string): Promise<ImportRun> {
    for (let attempt = 0; attempt < 600; attempt++) {
      const run = (await this.get(`/api/imports/${id}`)).body as ImportRun;
      if (run.status !== 'writing') return run;
      await sleep(50);
    }
    throw new Error(`import ${id} did not finish within 30 s`);
  }

  private async bearer(): Promise<string> {
    return `Bearer ${await this.t.signIn(this.email)}`;
  }
}
