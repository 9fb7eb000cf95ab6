import { Controller, Get, Query } from '@nestjs/common';
import { Roles } from '@ladder/api/common';
import type { ArrivalSpikeList } from '@ladder/contracts';
import { ArrivalSpikeQueryDto } from './arrival-spikes.dto';
import { ArrivalSpikesReader } from './arrival-spikes.reader';

@Controller('analytics/arrival-spikes')
export class ArrivalSpikesController {
  constructor(private readonly spikes: ArrivalSpikesReader) {}

  @Get()
  @Roles('manager', 'process_owner', 'admin')
  list(@Query() query: ArrivalSpikeQueryDto): Promise<ArrivalSpikeList> {
    return this.spikes.list(query);
  }
}
