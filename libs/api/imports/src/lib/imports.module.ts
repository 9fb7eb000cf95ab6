import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProceduresModule } from '@ladder/api/procedures';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';
import { ImportRunEntity } from './runs/import-run.entity';
import { ImportRunStore } from './runs/import-run.store';
import { ImportWriter } from './writing/import-writer.service';

/** `POST /api/imports`: past escalations with their history from another system, written as live work would. */
@Module({
  imports: [TypeOrmModule.forFeature([ImportRunEntity]), ProceduresModule],
  controllers: [ImportsController],
  providers: [ImportsService, ImportRunStore, ImportWriter],
})
export class ImportsModule {}
