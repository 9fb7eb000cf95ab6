import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { Roles, UuidPipe } from '@ladder/api/common';
import { CreateCalendarSchema, UpdateCalendarSchema, type CalendarRecord } from '@ladder/contracts';
import { createZodDto } from 'nestjs-zod';
import { CalendarsService } from './calendars.service';

class CreateCalendarDto extends createZodDto(CreateCalendarSchema) {}
class UpdateCalendarDto extends createZodDto(UpdateCalendarSchema) {}

@Controller('calendars')
export class CalendarsController {
  constructor(private readonly calendars: CalendarsService) {}

  @Get()
  @Roles('agent', 'manager', 'process_owner', 'admin')
  list(): Promise<CalendarRecord[]> {
    return this.calendars.list();
  }

  @Post()
  @Roles('process_owner', 'admin')
  create(@Body() body: CreateCalendarDto): Promise<CalendarRecord> {
    return this.calendars.create(body);
  }

  @Put(':id')
  @Roles('process_owner', 'admin')
  update(@Param('id', UuidPipe) id: string, @Body() body: UpdateCalendarDto): Promise<CalendarRecord> {
    return this.calendars.update(id, body);
  }
}
