/** `nx run api:integration`: *.integration-spec.ts against real PostgreSQL (see libs/api/testing). */
module.exports = require('../../jest.integration.config').integrationConfig(__dirname, 'api');
