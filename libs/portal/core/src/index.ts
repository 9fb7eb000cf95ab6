export * from './lib/http/api-error';
export * from './lib/http/provide-portal-core';
export * from './lib/notify/notifier';
export * from './lib/session/session.store';
export * from './lib/session/auth.guard';
export * from './lib/reference/reference.store';
