import { Body, Controller, Get, Put } from '@nestjs/common';
import { CurrentUser, Roles } from '@ladder/api/common';
import type { Me, SurveySettings } from '@ladder/contracts';
import { SurveySettingsDto } from '../survey.dto';
import { SurveySettingsService } from './survey-settings.service';

@Controller('surveys/settings')
export class SurveySettingsController {
  constructor(private readonly settings: SurveySettingsService) {}

  @Get()
  @Roles('process_owner', 'manager', 'admin')
  get(): Promise<SurveySettings> {
    return this.settings.get();
  }

  @Put()
  @Roles('process_owner', 'admin')
  update(@Body() body: SurveySettingsDto, @CurrentUser() me: Me): Promise<SurveySettings> {
    return this.settings.update(body, me.id);
  }
}
