const { relative } = require('node:path');

/**
 * The jest config of an Angular project (the portal and its libs). In <project>/jest.config.cts:
 *   module.exports = require('<path to>/jest.angular.config').angularJestConfig(__dirname, '<name>', { canvas: true });
 * `canvas` loads jest-canvas-mock for projects that draw charts.
 */
function angularJestConfig(projectDir, name, { canvas = false } = {}) {
  return {
    displayName: name,
    preset: relative(projectDir, `${__dirname}/jest.preset.js`),
    rootDir: projectDir,
    setupFiles: canvas ? ['jest-canvas-mock'] : [],
    setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
    coverageDirectory: `${__dirname}/coverage/${relative(__dirname, projectDir)}`,
    transform: {
      '^.+\\.(ts|mjs|js|html)$': [
        'jest-preset-angular',
        { tsconfig: '<rootDir>/tsconfig.spec.json', stringifyContentPathRegex: '\\.(html|svg)$' },
      ],
    },
    // marked ships ESM as .js
    transformIgnorePatterns: ['node_modules/(?!(.*\\.mjs$|marked/))'],
    snapshotSerializers: [
      'jest-preset-angular/build/serializers/no-ng-attributes',
      'jest-preset-angular/build/serializers/ng-snapshot',
      'jest-preset-angular/build/serializers/html-comment',
    ],
  };
}

module.exports = { angularJestConfig };
