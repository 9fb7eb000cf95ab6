import {
  ActionItemListQuerySchema,
  CreateActionItemSchema,
  CreateProcessReviewSchema,
  CreateReviewDraftSchema,
  UpdateActionItemSchema,
} from '@ladder/contracts';
import { createZodDto } from 'nestjs-zod';

export class CreateProcessReviewDto extends createZodDto(CreateProcessReviewSchema) {}
export class CreateActionItemDto extends createZodDto(CreateActionItemSchema) {}
export class UpdateActionItemDto extends createZodDto(UpdateActionItemSchema) {}
export class ActionItemListQueryDto extends createZodDto(ActionItemListQuerySchema) {}
export class CreateReviewDraftDto extends createZodDto(CreateReviewDraftSchema) {}
