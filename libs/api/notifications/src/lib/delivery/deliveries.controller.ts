import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { Roles, UuidPipe } from '@ladder/api/common';
import type { Delivery, DeliveryList } from '@ladder/contracts';
import { DeliveryListQueryDto } from '../notification.dto';
import { DeliveriesService } from './deliveries.service';

@Controller('admin/deliveries')
@Roles('admin')
export class DeliveriesController {
  constructor(private readonly deliveries: DeliveriesService) {}

  @Get()
  list(@Query() query: DeliveryListQueryDto): Promise<DeliveryList> {
    return this.deliveries.list(query);
  }

  @Post(':id/retry')
  @HttpCode(200)
  retry(@Param('id', UuidPipe) id: string): Promise<Delivery> {
    return this.deliveries.retry(id);
  }
}
