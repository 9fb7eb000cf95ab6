module.exports = require('../../../jest.angular.config').angularJestConfig(__dirname, 'portal-ui', { canvas: true });
