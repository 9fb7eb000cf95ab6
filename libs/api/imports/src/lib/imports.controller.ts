import { Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { CurrentUser, Roles, UuidPipe } from '@ladder/api/common';
import { ImportQuerySchema, type ImportRun, type ImportRunList, type Me } from '@ladder/contracts';
import type { Request } from 'express';
import { createZodDto } from 'nestjs-zod';
import { ImportsService } from './imports.service';
import { readUpload } from './reading/upload';

class ImportQueryDto extends createZodDto(ImportQuerySchema) {}

@Controller('imports')
@Roles('manager', 'admin')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  /** The file is the raw body: Content-Type application/x-ndjson (JSON lines) or text/csv. */
  @Post()
  @HttpCode(202)
  async start(@Req() request: Request, @Query() query: ImportQueryDto, @CurrentUser() me: Me): Promise<ImportRun> {
    return this.imports.start(await readUpload(request), query, me);
  }

  @Get()
  list(): Promise<ImportRunList> {
    return this.imports.list();
  }

  @Get(':id')
  get(@Param('id', UuidPipe) id: string): Promise<ImportRun> {
    return this.imports.get(id);
  }
}
