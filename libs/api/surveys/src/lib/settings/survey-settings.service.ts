import { Injectable } from '@nestjs/common';
import { Clock, DomainException } from '@ladder/api/common';
import type { SurveySettings } from '@ladder/contracts';
import { DataSource } from 'typeorm';
import { readSurveySettings, writeSurveySettings } from './survey-settings.store';

/** How surveys go out: read by anyone who reviews surveys, changed by process owners with a version check. */
@Injectable()
export class SurveySettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  get(): Promise<SurveySettings> {
    return readSurveySettings(this.dataSource);
  }

  update(body: SurveySettings, userId: string): Promise<SurveySettings> {
    return this.dataSource.transaction(async (m) => {
      const current = await readSurveySettings(m, true);
      if (current.version !== body.version) {
        throw new DomainException(
          'stale_version',
          `survey settings changed since version ${body.version}; they are at version ${current.version}`,
          { currentVersion: current.version },
        );
      }
      return writeSurveySettings(m, body, this.clock.now(), userId);
    });
  }
}
