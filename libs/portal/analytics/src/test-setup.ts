import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';

setupZonelessTestEnv({
  errorOnUnknownElements: true,
  errorOnUnknownProperties: true,
});

// jsdom has no ResizeObserver; Chart.js only needs it to exist for responsive sizing.
globalThis.ResizeObserver ??= class {
  observe = jest.fn();
  unobserve = jest.fn();
  disconnect = jest.fn();
};
