import { apiEscalations } from './api-escalations';

describe('apiEscalations', () => {
  it('should work', () => {
    expect(apiEscalations()).toEqual('api-escalations');
  });
});
