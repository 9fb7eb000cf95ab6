import { FrozenClock, SystemClock } from './clock';

describe('FrozenClock', () => {
  it('stands still until set or advanced', () => {
    const clock = new FrozenClock(new Date('2026-03-02T09:00:00Z'));
    expect(clock.now().toISOString()).toBe('2026-03-02T09:00:00.000Z');
    clock.advance(15 * 60_000);
    expect(clock.now().toISOString()).toBe('2026-03-02T09:15:00.000Z');
    clock.set(new Date('2026-03-03T00:00:00Z'));
    expect(clock.now().toISOString()).toBe('2026-03-03T00:00:00.000Z');
  });

  it('makes writes record its time, where the system clock leaves that to the database', () => {
    expect(new FrozenClock(new Date('2026-03-02T09:00:00Z')).writeTime()?.toISOString()).toBe(
      '2026-03-02T09:00:00.000Z',
    );
    expect(new SystemClock().writeTime()).toBeNull();
  });
});
