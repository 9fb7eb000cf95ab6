import { Body, Controller, Headers, HttpCode, Param, Post, Query, Req, type RawBodyRequest } from '@nestjs/common';
import { ApiBody } from '@nestjs/swagger';
import { Public } from '@ladder/api/common';
import type { IntakeResult } from '@ladder/contracts';
import type { Request } from 'express';
import { AlertIntakeService } from './alert-intake.service';
import { IntakeAuthenticator } from './auth/intake-authenticator';
import { GenericAlertDto } from './integrations/integrations.dto';
import { parsePayload } from './payloads/parse-payload';

/**
 * Where monitoring systems post their alerts: Alertmanager's and Grafana's webhooks as they send them, or the
 * generic format. Public to the session guard; each request proves its integration by secret or signature.
 */
@Controller('intake')
export class IntakeController {
  constructor(
    private readonly authenticator: IntakeAuthenticator,
    private readonly intake: AlertIntakeService,
  ) {}

  @Post(':kind')
  @Public()
  @HttpCode(200)
  @ApiBody({
    type: GenericAlertDto,
    description: 'The generic format (one alert, or several as `alerts`); alertmanager and grafana take their own.',
  })
  async receive(
    @Param('kind') kindParam: string,
    @Req() request: RawBodyRequest<Request>,
    @Body() body: unknown,
    @Headers() headers: Record<string, string | undefined>,
    @Query('integration') integrationId?: string,
  ): Promise<IntakeResult> {
    // Who is asking comes first, so an unauthenticated caller learns nothing, not even which formats exist.
    const integration = await this.authenticator.authenticate(
      {
        authorization: headers['authorization'],
        signature: headers['x-ladder-signature'] ?? headers['x-grafana-alerting-signature'],
        timestamp: headers['x-ladder-timestamp'] ?? headers['x-grafana-alerting-timestamp'],
        integrationId,
        rawBody: request.rawBody ?? Buffer.alloc(0),
      },
      kindParam,
    );
    return this.intake.receive(integration, parsePayload(integration.kind, body));
  }
}
