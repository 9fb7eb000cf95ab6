/** `nx run api:integration`: *.integration-spec.ts against real PostgreSQL (see libs/api/testing). */
module.exports = require('../../libs/api/testing/jest.integration.config').integrationConfig(__dirname, 'api');
