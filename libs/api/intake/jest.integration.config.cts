module.exports = require('../../../jest.integration.config').integrationConfig(__dirname, 'api-intake');
