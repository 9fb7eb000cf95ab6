import { SubmissionKeys } from './submission-keys';

describe('SubmissionKeys', () => {
  it('reuses the key for the same payload and makes a new one when it changes', () => {
    let n = 0;
    const keys = new SubmissionKeys(() => `key-${++n}`);
    expect(keys.keyFor({ title: 'a' })).toBe('key-1');
    expect(keys.keyFor({ title: 'a' })).toBe('key-1');
    expect(keys.keyFor({ title: 'b' })).toBe('key-2');
    expect(keys.keyFor({ title: 'a' })).toBe('key-3');
  });
});
