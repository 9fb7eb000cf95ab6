module.exports = require('../../../jest.angular.config').angularJestConfig(__dirname, 'portal-procedures');
