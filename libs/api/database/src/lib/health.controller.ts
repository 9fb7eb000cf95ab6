import { Controller, Get } from '@nestjs/common';
import type { Health } from '@ladder/contracts';
import { Public } from '@ladder/api/common';
import { HealthService } from './health.service';

@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @Public()
  check(): Promise<Health> {
    return this.health.check();
  }
}
