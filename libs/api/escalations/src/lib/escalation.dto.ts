import {
  AcknowledgeSchema,
  AssignSchema,
  CloseSchema,
  CommentSchema,
  CreateEscalationSchema,
  DeEscalateSchema,
  EscalateSchema,
  EscalationListQuerySchema,
  ReopenSchema,
  ResolveSchema,
  ResumeSchema,
  StakeholderUpdateSchema,
  WaitSchema,
} from '@ladder/contracts';
import { createZodDto } from 'nestjs-zod';

export class CreateEscalationDto extends createZodDto(CreateEscalationSchema) {}
export class EscalationListQueryDto extends createZodDto(EscalationListQuerySchema) {}
export class AssignDto extends createZodDto(AssignSchema) {}
export class AcknowledgeDto extends createZodDto(AcknowledgeSchema) {}
export class CommentDto extends createZodDto(CommentSchema) {}
export class StakeholderUpdateDto extends createZodDto(StakeholderUpdateSchema) {}
export class EscalateDto extends createZodDto(EscalateSchema) {}
export class DeEscalateDto extends createZodDto(DeEscalateSchema) {}
export class WaitDto extends createZodDto(WaitSchema) {}
export class ResumeDto extends createZodDto(ResumeSchema) {}
export class ResolveDto extends createZodDto(ResolveSchema) {}
export class ReopenDto extends createZodDto(ReopenSchema) {}
export class CloseDto extends createZodDto(CloseSchema) {}
