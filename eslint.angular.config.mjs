import nx from '@nx/eslint-plugin';
import baseConfig from './eslint.config.mjs';

/** Lint rules of every Angular project (the portal and its libs): the base rules plus Angular's, `ladder-` selectors. */
export default [
  ...nx.configs['flat/angular'],
  ...nx.configs['flat/angular-template'],
  ...baseConfig,
  {
    files: ['**/*.ts'],
    rules: {
      '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: 'ladder', style: 'camelCase' }],
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'ladder', style: 'kebab-case' }],
    },
  },
];
