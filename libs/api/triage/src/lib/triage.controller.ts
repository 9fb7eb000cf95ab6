import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { Roles } from '@ladder/api/common';
import type { TriageAcceptance, TriageSuggestions } from '@ladder/contracts';
import { TriageAcceptanceReader } from './triage-acceptance.reader';
import { TriageModelService } from './triage-model.service';
import { TriageSuggestionRequestDto } from './triage.dto';

/** Triage suggestions for an escalation being opened, and how often agents took them. */
@Controller()
export class TriageController {
  constructor(
    private readonly models: TriageModelService,
    private readonly acceptance: TriageAcceptanceReader,
  ) {}

  @Post('triage/suggestions')
  @HttpCode(200)
  @Roles('agent', 'manager', 'admin')
  suggest(@Body() body: TriageSuggestionRequestDto): Promise<TriageSuggestions> {
    return this.models.suggest(body);
  }

  @Get('analytics/triage-acceptance')
  @Roles('manager', 'process_owner', 'admin')
  acceptanceRates(): Promise<TriageAcceptance> {
    return this.acceptance.acceptance();
  }
}
