export * from './lib/notifications.module';
export * from './lib/fanout/notification-fanout.service';
export { linkToken, tokenHash } from './lib/fanout/stakeholder-token';
export { escapeHtml } from './lib/fanout/html';
export { LINK_TOKEN_PLACEHOLDER } from './lib/delivery/email.sender';
export { publicUpdates } from './lib/status/public-updates';
export { DeliveryDispatcher } from './lib/delivery/delivery-dispatcher';
