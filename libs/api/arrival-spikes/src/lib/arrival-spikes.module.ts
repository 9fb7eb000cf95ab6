import { Module } from '@nestjs/common';
import { ArrivalSpikeDetector } from './arrival-spike-detector.service';
import { ArrivalSpikesController } from './arrival-spikes.controller';
import { ArrivalSpikesReader } from './arrival-spikes.reader';

/**
 * Arrival spikes: arrivals of a category or service in the last hour well above the same hour of the week before
 * are recorded and told to every manager (in-app and by email), once per hour; managers can list them afterwards.
 */
@Module({
  controllers: [ArrivalSpikesController],
  providers: [ArrivalSpikeDetector, ArrivalSpikesReader],
})
export class ArrivalSpikesModule {}
