module.exports = require('../../../libs/api/testing/jest.integration.config').integrationConfig(
  __dirname,
  'api-demo-data',
);
