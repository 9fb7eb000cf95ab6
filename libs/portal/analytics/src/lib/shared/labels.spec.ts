import { levelLabel, levelNamesFrom, shortLabel } from './labels';

describe('levelLabel', () => {
  it('names a level with its number, or by its number alone when it has no name', () => {
    expect(levelLabel(2, 'Team Lead')).toBe('L2 Team Lead');
    expect(levelLabel(4)).toBe('L4');
  });

  it("names levels from the current procedure's", () => {
    const name = levelNamesFrom({ level: (level) => (level === 1 ? { level, name: 'Service Desk' } : undefined) });
    expect(name(1)).toBe('L1 Service Desk');
    expect(name(3)).toBe('L3');
  });
});

describe('shortLabel', () => {
  it('keeps a label that fits and cuts a longer one to 34 characters with an ellipsis', () => {
    expect(shortLabel('L1 Service Desk · Service Desk')).toBe('L1 Service Desk · Service Desk');
    // 55 characters: the first 33 are "L2 Team Lead · Infrastructure and", then the ellipsis.
    expect(shortLabel('L2 Team Lead · Infrastructure and Networking Operations')).toBe(
      'L2 Team Lead · Infrastructure and…',
    );
  });

  it('cuts to the length asked, without a space before the ellipsis', () => {
    expect(shortLabel('Security', 8)).toBe('Security');
    expect(shortLabel('Security', 7)).toBe('Securi…');
    // The first 21 characters, "L3 Platform Engineeri", then the ellipsis.
    expect(shortLabel('L3 Platform Engineering and Operations', 22)).toBe('L3 Platform Engineeri…');
    // The first 12 characters are "L3 Platform" and a space, which goes.
    expect(shortLabel('L3 Platform Engineering', 13)).toBe('L3 Platform…');
  });
});
