import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { AppConfig, Clock } from '@ladder/api/common';
import {
  dataSourceQuery,
  seedDemoAcknowledgements,
  seedDemoHistory,
  seedDemoRegisters,
  seedOrganisation,
} from '@ladder/api/demo-data';
import { DemoReviewSeeder } from '@ladder/api/reviews';
import { DataSource } from 'typeorm';

/** Enough history for the dashboards to tell a story, small enough for a first start on the embedded engine. */
const DEMO_HISTORY = { escalations: 3000, days: 90, seed: 2026 };

/**
 * On a demo start (embedded engine by default) an empty database gets the organisation, registers and a history.
 * At module init, so the background work that starts at bootstrap (scheduler, triage training, ...) finds it there.
 */
@Injectable()
export class DemoSeedService implements OnModuleInit {
  private readonly logger = new Logger(DemoSeedService.name);

  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
    private readonly demoReview: DemoReviewSeeder,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.config.seedDemo) return;
    await seedOrganisation(this.dataSource);
    await seedDemoRegisters(this.dataSource, this.clock.now());
    const [row] = (await this.dataSource.query(`SELECT EXISTS (SELECT 1 FROM escalation) AS seeded`)) as {
      seeded: boolean;
    }[];
    if (row?.seeded) return;
    this.logger.log(`Empty database: seeding ${DEMO_HISTORY.escalations} demo escalations`);
    const counts = await seedDemoHistory(this.dataSource, { ...DEMO_HISTORY, now: this.clock.now() });
    this.logger.log(counts, 'Demo history seeded');
    await seedDemoAcknowledgements(dataSourceQuery(this.dataSource), this.clock.now(), DEMO_HISTORY.days);
    await this.demoReview.seed(this.clock.now());
  }
}
