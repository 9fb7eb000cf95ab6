import type { ProcedureDefinition } from '@ladder/contracts';
import { levelOf, targetFor, teamFor } from './procedure-rules';

const T = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const definition = {
  levels: [
    { level: 1, name: 'Service Desk', teamIds: [T(1)], defaultTeamId: T(1) },
    { level: 3, name: 'Specialists', teamIds: [T(3), T(4)], defaultTeamId: T(4) },
  ],
  severities: [
    {
      severity: 'S2',
      label: 'High',
      responseMinutes: 30,
      resolutionMinutes: 480,
      updateCadenceMinutes: 60,
      calendar: '24x7',
    },
  ],
  routes: [{ level: 3, category: 'network', teamId: T(3) }],
} as unknown as ProcedureDefinition;

describe('procedure rules', () => {
  it('finds a level by number', () => {
    expect(levelOf(definition, 3)?.name).toBe('Specialists');
    expect(levelOf(definition, 2)).toBeUndefined();
  });

  it('routes a category to its team at that level, else the default team', () => {
    const l3 = levelOf(definition, 3);
    const l1 = levelOf(definition, 1);
    if (!l3 || !l1) throw new Error('fixture');
    expect(teamFor(definition, l3, 'network')).toBe(T(3));
    expect(teamFor(definition, l3, 'database')).toBe(T(4));
    expect(teamFor(definition, l1, 'network')).toBe(T(1));
  });

  it('finds the target of a severity, and says which is missing', () => {
    expect(targetFor(definition, 'S2')).toMatchObject({ responseMinutes: 30, resolutionMinutes: 480 });
    expect(() => targetFor(definition, 'S1')).toThrow('S1');
  });
});
