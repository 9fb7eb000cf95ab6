import { Injectable } from '@nestjs/common';
import { Clock } from '@ladder/api/common';
import { ProceduresService } from '@ladder/api/procedures';
import { SurveyReportQuerySchema, type SurveyReport } from '@ladder/contracts';
import { DataSource } from 'typeorm';
import { checkFilters, filterParams, parseFilters } from './report-filters';
import { toQuestions } from './survey-questions.mapper';
import {
  levelLabel,
  MIN_GROUP_RESPONSES,
  toComment,
  toCsat,
  toDrivers,
  toResponseRate,
  toSurveyGroup,
  totalOf,
} from './surveys.mapper';
import { type SurveyReportRow, surveyReportSql } from './surveys.sql';

/** Response rate, CSAT, answers per question and what drives satisfaction, over the invitations of the range. */
@Injectable()
export class SurveysService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly procedures: ProceduresService,
  ) {}

  async report(raw: unknown): Promise<SurveyReport> {
    const query = parseFilters(SurveyReportQuerySchema, raw);
    await checkFilters(this.dataSource, query);
    const params = [
      ...filterParams(query),
      this.clock.now(),
      query.hoursAtLevel * 3600,
      query.commentMaxScore ?? null,
      query.commentText ?? null,
    ];
    const [[row], { definition }] = await Promise.all([
      this.dataSource.query<SurveyReportRow[]>(surveyReportSql(query.groupBy), params),
      this.procedures.current(),
    ]);
    if (!row) throw new Error('the survey report statement returned no row');
    const total = totalOf(row.groups);
    const groups = row.groups.map((group) => toSurveyGroup(group, levelLabel(definition)));
    return {
      anonymous: row.anonymous,
      minResponses: MIN_GROUP_RESPONSES,
      responseRate: toResponseRate(total),
      csat: toCsat(total),
      groupBy: query.groupBy,
      groups,
      questions: toQuestions(row.templates, row.answers, groups),
      drivers: toDrivers(row.drivers, query.hoursAtLevel),
      comments: row.comments.map(toComment),
    };
  }
}
