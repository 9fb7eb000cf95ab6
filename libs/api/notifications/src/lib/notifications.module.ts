import { Module } from '@nestjs/common';
import { IdentityModule } from '@ladder/api/identity';
import { ProceduresModule } from '@ladder/api/procedures';
import { DeliveriesController } from './delivery/deliveries.controller';
import { DeliveriesService } from './delivery/deliveries.service';
import { DeliveryDispatcher } from './delivery/delivery-dispatcher';
import { EmailSender } from './delivery/email.sender';
import { OutboxStore } from './delivery/outbox.store';
import { WebhookSender } from './delivery/webhook.sender';
import { NotificationFanoutService } from './fanout/notification-fanout.service';
import { InAppNotificationsService } from './in-app/in-app-notifications.service';
import { NotificationStreamHub } from './in-app/notification-stream.hub';
import { NotificationsController } from './in-app/notifications.controller';
import { StakeholderStatusController } from './status/stakeholder-status.controller';
import { StakeholderStatusService } from './status/stakeholder-status.service';

/**
 * The outbox: fan-out of events into notifications (called by the scheduler inside its transaction), their delivery
 * with retries, the in-app list and stream, the admins' view of deliveries, and the stakeholder status page.
 */
@Module({
  imports: [ProceduresModule, IdentityModule],
  controllers: [NotificationsController, DeliveriesController, StakeholderStatusController],
  providers: [
    NotificationFanoutService,
    OutboxStore,
    EmailSender,
    WebhookSender,
    DeliveryDispatcher,
    DeliveriesService,
    InAppNotificationsService,
    NotificationStreamHub,
    StakeholderStatusService,
  ],
  exports: [NotificationFanoutService],
})
export class NotificationsModule {}
