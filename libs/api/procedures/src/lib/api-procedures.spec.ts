import { apiProcedures } from './api-procedures';

describe('apiProcedures', () => {
  it('should work', () => {
    expect(apiProcedures()).toEqual('api-procedures');
  });
});
