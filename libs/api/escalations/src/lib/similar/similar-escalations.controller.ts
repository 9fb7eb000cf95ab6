import { Controller, Get, Param, Query } from '@nestjs/common';
import { Roles, UuidPipe } from '@ladder/api/common';
import { SimilarEscalationsQuerySchema, type SimilarEscalation } from '@ladder/contracts';
import { createZodDto } from 'nestjs-zod';
import { SimilarEscalationsService } from './similar-escalations.service';

export class SimilarEscalationsQueryDto extends createZodDto(SimilarEscalationsQuerySchema) {}

@Controller('escalations')
export class SimilarEscalationsController {
  constructor(private readonly similar: SimilarEscalationsService) {}

  /** Who may read an escalation may read the ones like it. */
  @Get(':id/similar')
  @Roles('agent', 'manager', 'process_owner', 'admin')
  find(@Param('id', UuidPipe) id: string, @Query() query: SimilarEscalationsQueryDto): Promise<SimilarEscalation[]> {
    return this.similar.find(id, query);
  }
}
