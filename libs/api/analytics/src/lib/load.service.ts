import { Injectable } from '@nestjs/common';
import { LoadQuerySchema, WEEKDAYS, type LoadReport } from '@ladder/contracts';
import { DataSource } from 'typeorm';
import { ARRIVALS_SQL, type ArrivalsRow, OPEN_WORK_BY_TEAM_SQL, type TeamLoadRow } from './load.sql';
import { checkFilters, dayRange, filterParams, parseFilters } from './report-filters';

const DAY_MS = 86_400_000;

/** When escalations arrive (hour of week, day) and how much open work each team carries against its capacity. */
@Injectable()
export class LoadService {
  constructor(private readonly dataSource: DataSource) {}

  async report(raw: unknown): Promise<LoadReport> {
    const query = parseFilters(LoadQuerySchema, raw);
    const { start, end } = dayRange(query);
    const opened = filterParams(query);
    const [, arrivals, teams] = await Promise.all([
      checkFilters(this.dataSource, query),
      this.dataSource.query<ArrivalsRow[]>(ARRIVALS_SQL, [...opened, query.timeZone]),
      // Open work is now, not in the range: severities, teams, categories, services only.
      this.dataSource.query<TeamLoadRow[]>(OPEN_WORK_BY_TEAM_SQL, opened.slice(2)),
    ]);
    const countAt = (dow: number, hour: number) => arrivals.find((a) => a.dow === dow && a.hour === hour)?.count ?? 0;
    return {
      from: query.from,
      to: query.to,
      timeZone: query.timeZone,
      byHourOfWeek: WEEKDAYS.flatMap((weekday, i) =>
        Array.from({ length: 24 }, (_, hour) => ({ weekday, hour, count: countAt(i + 1, hour) })),
      ),
      byDay: Array.from({ length: Math.round((end.getTime() - start.getTime()) / DAY_MS) }, (_, i) => {
        const date = new Date(start.getTime() + i * DAY_MS).toISOString().slice(0, 10);
        return { date, count: arrivals.find((a) => a.date === date)?.count ?? 0 };
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
