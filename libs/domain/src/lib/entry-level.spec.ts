import { mayOpenAt } from './entry-level';

describe('mayOpenAt', () => {
  it('lets everyone open at level 1 but only managers, admins and agents of that level higher', () => {
    expect(mayOpenAt({ role: 'agent', levels: [1] }, 1)).toBe(true);
    expect(mayOpenAt({ role: 'agent', levels: [1] }, 3)).toBe(false);
    expect(mayOpenAt({ role: 'agent', levels: [3] }, 3)).toBe(true);
    expect(mayOpenAt({ role: 'manager', levels: [] }, 4)).toBe(true);
    expect(mayOpenAt({ role: 'admin', levels: [] }, 2)).toBe(true);
    expect(mayOpenAt({ role: 'process_owner', levels: [] }, 1)).toBe(true);
    expect(mayOpenAt({ role: 'process_owner', levels: [] }, 2)).toBe(false);
  });
});
