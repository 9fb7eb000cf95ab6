import { sourceOf } from './request-source';

describe('sourceOf', () => {
  it('names bearer calls api and cookie sessions portal', () => {
    expect(sourceOf('Bearer abc.def.ghi')).toBe('api');
    expect(sourceOf(undefined)).toBe('portal');
    expect(sourceOf('Basic Zm9v')).toBe('portal');
  });
});
