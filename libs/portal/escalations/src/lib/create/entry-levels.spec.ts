import type { Level, Me, Role } from '@ladder/contracts';
import { entryLevels } from './entry-levels';

const levels = [1, 2, 3, 4].map((level) => ({ level, name: `Level ${level}` }) as Level);

function user(role: Role, own: number[]): Me {
  return {
    id: '4a8e8c1e-3f59-4a4e-9d7a-0f0f3a3b2c1d',
    name: 'U',
    email: 'u@ladder.demo',
    role,
    teamId: null,
    levels: own,
  };
}

const levelsFor = (me: Me | null) => entryLevels(me, levels).map((l) => l.level);

describe('entryLevels', () => {
  it('offers an agent L1 plus the levels they work', () => {
    expect(levelsFor(user('agent', [3]))).toEqual([1, 3]);
    expect(levelsFor(user('agent', [2, 4]))).toEqual([1, 2, 4]);
  });

  it('offers an L1 agent only L1, so there is nothing to choose', () => {
    expect(levelsFor(user('agent', [1]))).toEqual([1]);
  });

  it('offers managers and admins every level of the procedure', () => {
    expect(levelsFor(user('manager', []))).toEqual([1, 2, 3, 4]);
    expect(levelsFor(user('admin', []))).toEqual([1, 2, 3, 4]);
  });

  it('ignores levels the procedure does not have, and levels on non-agents', () => {
    expect(levelsFor(user('agent', [5]))).toEqual([1]);
    expect(levelsFor(user('process_owner', [3]))).toEqual([1]);
    expect(levelsFor(null)).toEqual([1]);
  });

  it('keeps the procedure objects so the select can name them', () => {
    expect(entryLevels(user('agent', [2]), levels)[1]).toBe(levels[1]);
  });
});
