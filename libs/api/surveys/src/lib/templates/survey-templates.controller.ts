import { Body, Controller, Get, Post } from '@nestjs/common';
import { CurrentUser, Roles, SignedIn } from '@ladder/api/common';
import type { Me, SurveyTemplate, SurveyTemplateList } from '@ladder/contracts';
import { SaveSurveyTemplateDto } from '../survey.dto';
import { SurveyTemplatesService } from './survey-templates.service';

@Controller('surveys/templates')
export class SurveyTemplatesController {
  constructor(private readonly templates: SurveyTemplatesService) {}

  @Get()
  @Roles('process_owner', 'manager', 'admin')
  list(): Promise<SurveyTemplateList> {
    return this.templates.list();
  }

  @Get('current')
  @SignedIn()
  current(): Promise<SurveyTemplate> {
    return this.templates.current();
  }

  @Post()
  @Roles('process_owner', 'admin')
  save(@Body() body: SaveSurveyTemplateDto, @CurrentUser() me: Me): Promise<SurveyTemplate> {
    return this.templates.save(body, me.id);
  }
}
