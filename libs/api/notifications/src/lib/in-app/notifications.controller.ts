import { Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { CurrentUser, SignedIn, UuidPipe } from '@ladder/api/common';
import { CurrentSession, type SessionClaims } from '@ladder/api/identity';
import type { InAppNotificationList, Me } from '@ladder/contracts';
import type { Request, Response } from 'express';
import { InAppNotificationQueryDto } from '../notification.dto';
import { InAppNotificationsService } from './in-app-notifications.service';
import { NotificationStreamHub } from './notification-stream.hub';

/** The signed-in user's own notifications: list, read marks and the live stream. */
@Controller('notifications')
@SignedIn()
export class NotificationsController {
  constructor(
    private readonly notifications: InAppNotificationsService,
    private readonly hub: NotificationStreamHub,
  ) {}

  @Get()
  list(@Query() query: InAppNotificationQueryDto, @CurrentUser() me: Me): Promise<InAppNotificationList> {
    return this.notifications.list(me.id, query);
  }

  /** `text/event-stream`: each new notification as event `notification`, a comment heartbeat every 15 s. */
  @Get('stream')
  stream(
    @CurrentUser() me: Me,
    @CurrentSession() session: SessionClaims,
    @Req() request: Request,
    @Res() response: Response,
  ): void {
    this.hub.attach(me.id, session, request, response);
  }

  @Post('read-all')
  @HttpCode(204)
  readAll(@CurrentUser() me: Me): Promise<void> {
    return this.notifications.markAllRead(me.id);
  }

  @Post(':id/read')
  @HttpCode(204)
  read(@Param('id', UuidPipe) id: string, @CurrentUser() me: Me): Promise<void> {
    return this.notifications.markRead(me.id, id);
  }
}
