export * from './lib/domain.exception';
export * from './lib/access.decorators';
