import { Module } from '@nestjs/common';
import { EscalationsModule } from '@ladder/api/escalations';
import { ProceduresModule } from '@ladder/api/procedures';
import { AlertIntakeService } from './alert-intake.service';
import { IntakeAuthenticator } from './auth/intake-authenticator';
import { IntakeController } from './intake.controller';
import { IntegrationsController } from './integrations/integrations.controller';
import { IntegrationsService } from './integrations/integrations.service';

/**
 * Alert intake: integrations admins create for monitoring systems, and the webhooks those systems post to,
 * deduplicated into monitoring escalations routed by labels.
 */
@Module({
  imports: [EscalationsModule, ProceduresModule],
  controllers: [IntegrationsController, IntakeController],
  providers: [IntegrationsService, IntakeAuthenticator, AlertIntakeService],
})
export class IntakeModule {}
