import { formatOf, progressOf, rejectedRunOf } from './import-file';

describe('import files', () => {
  it('sends .jsonl and .ndjson as JSON lines, .csv as CSV, nothing else', () => {
    expect(['a.jsonl', 'B.NDJSON', 'export.csv', 'notes.txt', 'csv'].map(formatOf)).toEqual([
      'jsonl',
      'jsonl',
      'csv',
      null,
      null,
    ]);
  });

  it('counts written and skipped escalations as progress, rounding down', () => {
    // (2 written + 1 skipped) of 7 = 42.86 % -> 42; an empty file is done.
    expect(progressOf({ total: 7, written: 2, skipped: 1 } as Parameters<typeof progressOf>[0])).toBe(42);
    expect(progressOf({ total: 0, written: 0, skipped: 0 } as Parameters<typeof progressOf>[0])).toBe(100);
  });

  it('finds the rejected run in the details of a 400, and nothing in other details', () => {
    const rejected = {
      id: '3f1c2b4a-5d6e-4f70-8a91-b2c3d4e5f601',
      fileName: 'f.csv',
      format: 'csv',
      system: 'Zendesk',
      status: 'rejected',
      total: 1,
      written: 0,
      skipped: 0,
      errorCount: 1,
      createdByName: null,
      createdAt: '2026-11-26T12:00:00.000Z',
      updatedAt: '2026-11-26T12:00:00.000Z',
      finishedAt: '2026-11-26T12:00:00.000Z',
      errors: [{ line: 2, sourceId: 'A', reason: 'column "impact": Invalid option' }],
    };
    expect(rejectedRunOf(rejected)).toEqual(rejected);
    expect(rejectedRunOf({ fields: { system: ['Required'] } })).toBeNull();
  });
});
