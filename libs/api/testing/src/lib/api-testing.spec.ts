import { apiTesting } from './api-testing';

describe('apiTesting', () => {
  it('should work', () => {
    expect(apiTesting()).toEqual('api-testing');
  });
});
