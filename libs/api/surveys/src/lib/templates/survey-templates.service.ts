import { Injectable } from '@nestjs/common';
import { Clock, DomainException } from '@ladder/api/common';
import type { SaveSurveyTemplate, SurveyTemplate, SurveyTemplateList } from '@ladder/contracts';
import { DataSource } from 'typeorm';
import { currentTemplate, insertTemplate, listTemplates } from './survey-template.store';

/**
 * Survey templates are immutable versions: saving inserts the next one, which new invitations use; responses keep
 * the version their invitation was made with.
 */
@Injectable()
export class SurveyTemplatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async list(): Promise<SurveyTemplateList> {
    return { items: await listTemplates(this.dataSource) };
  }

  current(): Promise<SurveyTemplate> {
    return currentTemplate(this.dataSource);
  }

  save(body: SaveSurveyTemplate, userId: string): Promise<SurveyTemplate> {
    return this.dataSource.transaction(async (m) => {
      // Two saves at once: the lock makes the second read the first's version and fail as stale.
      await m.query(`LOCK TABLE survey_template IN SHARE ROW EXCLUSIVE MODE`);
      const { version } = await currentTemplate(m);
      if (body.basedOnVersion !== version) {
        throw new DomainException(
          'stale_version',
          `the survey was edited since version ${body.basedOnVersion}; the current version is ${version}`,
          { currentVersion: version },
        );
      }
      return insertTemplate(m, version + 1, body.definition, this.clock.now(), userId);
    });
  }
}
