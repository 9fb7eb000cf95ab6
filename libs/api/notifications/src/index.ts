export * from './lib/notifications.module';
export * from './lib/fanout/notification-fanout.service';
