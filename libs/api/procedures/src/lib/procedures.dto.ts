import {
  CreateProcedureDraftSchema,
  ProcedureListQuerySchema,
  ProcedureReplayQuerySchema,
  ProcedureReviewCommentBodySchema,
  PublishProcedureSchema,
  UpdateProcedureDraftSchema,
} from '@ladder/contracts';
import { createZodDto } from 'nestjs-zod';

export class PublishProcedureDto extends createZodDto(PublishProcedureSchema) {}
export class ProcedureListQueryDto extends createZodDto(ProcedureListQuerySchema) {}
export class CreateProcedureDraftDto extends createZodDto(CreateProcedureDraftSchema) {}
export class UpdateProcedureDraftDto extends createZodDto(UpdateProcedureDraftSchema) {}
export class ProcedureReviewCommentBodyDto extends createZodDto(ProcedureReviewCommentBodySchema) {}
export class ProcedureReplayQueryDto extends createZodDto(ProcedureReplayQuerySchema) {}
