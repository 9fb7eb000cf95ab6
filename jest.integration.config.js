const { join } = require('node:path');

/**
 * The jest config of one project's `integration` target: its *.integration-spec.ts files against real PostgreSQL
 * through the harness. In <project>/jest.integration.config.cts:
 *   module.exports = require('<path to repo root>/jest.integration.config').integrationConfig(__dirname, '<name>');
 * Run it with NODE_OPTIONS=--experimental-vm-modules (the embedded engine loads PGlite with a dynamic import).
 */
function integrationConfig(projectDir, name) {
  return {
    ...require('./jest.preset.js'),
    displayName: `${name}-integration`,
    rootDir: projectDir,
    testEnvironment: 'node',
    testMatch: ['<rootDir>/src/**/*.integration-spec.ts'],
    testTimeout: 60000,
    transform: { '^.+\\.[tj]s$': ['ts-jest', { tsconfig: join(projectDir, 'tsconfig.spec.json') }] },
    moduleFileExtensions: ['ts', 'js', 'html'],
  };
}

module.exports = { integrationConfig };
