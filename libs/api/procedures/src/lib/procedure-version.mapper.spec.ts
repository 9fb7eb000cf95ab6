import type { ProcedureDefinition } from '@ladder/contracts';
import { ProcedureVersionEntity } from './procedure-version.entity';
import { toProcedureVersion, toProcedureVersionSummary } from './procedure-version.mapper';

describe('toProcedureVersion', () => {
  const definition = { categories: ['network'] } as unknown as ProcedureDefinition;

  function entity(publishedAt: Date | null): ProcedureVersionEntity {
    return Object.assign(new ProcedureVersionEntity(), {
      id: '6f1c8a52-0d0b-4f4e-9a51-0c1d2e3f4a5b',
      version: 3,
      name: 'Night shift',
      status: publishedAt ? 'published' : 'draft',
      definition,
      publishedAt,
      createdAt: new Date('2026-01-01T00:00:00Z'),
    });
  }

  it('keeps the contract fields and writes publishedAt as ISO text', () => {
    expect(toProcedureVersion(entity(new Date('2026-02-03T04:05:06Z')))).toEqual({
      id: '6f1c8a52-0d0b-4f4e-9a51-0c1d2e3f4a5b',
      version: 3,
      name: 'Night shift',
      publishedAt: '2026-02-03T04:05:06.000Z',
      definition,
    });
  });

  it('answers null for a draft that was never published', () => {
    expect(toProcedureVersion(entity(null)).publishedAt).toBeNull();
  });

  it('leaves the definition out of a summary', () => {
    expect(toProcedureVersionSummary(entity(new Date('2026-02-03T04:05:06Z')))).toEqual({
      id: '6f1c8a52-0d0b-4f4e-9a51-0c1d2e3f4a5b',
      version: 3,
      name: 'Night shift',
      publishedAt: '2026-02-03T04:05:06.000Z',
    });
  });
});
