import { Module } from '@nestjs/common';

/** Placeholder: alert intake. */
@Module({})
export class IntakeModule {}
