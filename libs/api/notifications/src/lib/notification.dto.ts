import { DeliveryListQuerySchema, InAppNotificationQuerySchema } from '@ladder/contracts';
import { createZodDto } from 'nestjs-zod';

export class InAppNotificationQueryDto extends createZodDto(InAppNotificationQuerySchema) {}
export class DeliveryListQueryDto extends createZodDto(DeliveryListQuerySchema) {}
