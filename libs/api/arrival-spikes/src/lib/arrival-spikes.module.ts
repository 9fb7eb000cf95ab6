import { Module } from '@nestjs/common';

/** Placeholder: arrival spikes. */
@Module({})
export class ArrivalSpikesModule {}
