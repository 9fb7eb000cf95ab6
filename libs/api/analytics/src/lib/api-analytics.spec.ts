import { apiAnalytics } from './api-analytics';

describe('apiAnalytics', () => {
  it('should work', () => {
    expect(apiAnalytics()).toEqual('api-analytics');
  });
});
