import {
  CriticalServiceInputSchema,
  RegisterContextQuerySchema,
  RegisterDeleteQuerySchema,
  RiskInputSchema,
  UpdateCriticalServiceSchema,
  UpdateRiskSchema,
} from '@ladder/contracts';
import { createZodDto } from 'nestjs-zod';

export class CriticalServiceInputDto extends createZodDto(CriticalServiceInputSchema) {}
export class UpdateCriticalServiceDto extends createZodDto(UpdateCriticalServiceSchema) {}
export class RiskInputDto extends createZodDto(RiskInputSchema) {}
export class UpdateRiskDto extends createZodDto(UpdateRiskSchema) {}
export class RegisterDeleteQueryDto extends createZodDto(RegisterDeleteQuerySchema) {}
export class RegisterContextQueryDto extends createZodDto(RegisterContextQuerySchema) {}
