import { Injectable } from '@nestjs/common';
import { LoadQuerySchema, WEEKDAYS, type LoadReport } from '@ladder/contracts';
import { DataSource } from 'typeorm';
import {
  ARRIVALS_BY_DAY_SQL,
  ARRIVALS_BY_HOUR_OF_WEEK_SQL,
  type DayRow,
  type HourOfWeekRow,
  OPEN_WORK_BY_TEAM_SQL,
  type TeamLoadRow,
} from './load.sql';
import { checkFilters, dayRange, filterParams, parseFilters } from './report-filters';

const DAY_MS = 86_400_000;

/** When escalations arrive (hour of week, day) and how much open work each team carries against its capacity. */
@Injectable()
export class LoadService {
  constructor(private readonly dataSource: DataSource) {}

  async report(raw: unknown): Promise<LoadReport> {
    const query = parseFilters(LoadQuerySchema, raw);
    await checkFilters(this.dataSource, query);
    const { start, end } = dayRange(query);
    const opened = filterParams(query);
    const hours = await this.dataSource.query<HourOfWeekRow[]>(ARRIVALS_BY_HOUR_OF_WEEK_SQL, [
      ...opened,
      query.timeZone,
    ]);
    const days = await this.dataSource.query<DayRow[]>(ARRIVALS_BY_DAY_SQL, opened);
    // Open work is now, not in the range: severities, teams, categories, services only.
    const teams = await this.dataSource.query<TeamLoadRow[]>(OPEN_WORK_BY_TEAM_SQL, opened.slice(2));
    const countAt = (dow: number, hour: number) => hours.find((h) => h.dow === dow && h.hour === hour)?.count ?? 0;
    return {
      from: query.from,
      to: query.to,
      timeZone: query.timeZone,
      byHourOfWeek: WEEKDAYS.flatMap((weekday, i) =>
        Array.from({ length: 24 }, (_, hour) => ({ weekday, hour, count: countAt(i + 1, hour) })),
      ),
      byDay: Array.from({ length: Math.round((end.getTime() - start.getTime()) / DAY_MS) }, (_, i) => {
        const date = new Date(start.getTime() + i * DAY_MS).toISOString().slice(0, 10);
        return { date, count: days.find((d) => d.date === date)?.count ?? 0 };
      }),
      teams: teams.map((t) => ({
        teamId: t.team_id,
        teamName: t.team_name,
        level: t.level,
        open: t.open,
        capacity: t.capacity,
        openPerAgent: t.capacity > 0 ? t.open / t.capacity : null,
      })),
    };
  }
}
