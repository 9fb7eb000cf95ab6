import {
  CreateIntegrationSchema,
  GenericAlertSchema,
  RotateIntegrationSecretSchema,
  UpdateIntegrationSchema,
} from '@ladder/contracts';
import { createZodDto } from 'nestjs-zod';

export class CreateIntegrationDto extends createZodDto(CreateIntegrationSchema) {}
export class UpdateIntegrationDto extends createZodDto(UpdateIntegrationSchema) {}
export class RotateIntegrationSecretDto extends createZodDto(RotateIntegrationSecretSchema) {}
/** Only for the OpenAPI page: the intake endpoints validate the body against the integration's own format. */
export class GenericAlertDto extends createZodDto(GenericAlertSchema) {}
