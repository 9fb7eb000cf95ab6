import type { Params } from '@angular/router';
import {
  EscalationSortSchema,
  SeveritySchema,
  SlaStateSchema,
  StatusSchema,
  type EscalationSort,
  type Severity,
  type SlaState,
  type Status,
} from '@ladder/contracts';

/** The queue's filters, as they live in the URL so a view can be bookmarked and shared. */
export interface QueueFilter {
  status: Status[];
  severity: Severity[];
  level: number[];
  teamId: string[];
  slaState: SlaState[];
  mine: boolean;
  q: string;
  sort: EscalationSort;
  page: number;
  pageSize: number;
}

export const DEFAULT_FILTER: QueueFilter = {
  status: [],
  severity: [],
  level: [],
  teamId: [],
  slaState: [],
  mine: false,
  q: '',
  sort: 'due',
  page: 1,
  pageSize: 25,
};

type QueryParams = Readonly<Record<string, string | undefined>>;

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

function positiveInt(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : fallback;
}

/** Unknown or malformed values are dropped rather than sent to the API. */
export function filterFromParams(params: QueryParams): QueueFilter {
  const sort = EscalationSortSchema.safeParse(params['sort']);
  return {
    status: list(params['status']).filter((s): s is Status => StatusSchema.safeParse(s).success),
    severity: list(params['severity']).filter((s): s is Severity => SeveritySchema.safeParse(s).success),
    level: list(params['level'])
      .map(Number)
      .filter((n) => Number.isInteger(n) && n >= 1),
    teamId: list(params['team']),
    slaState: list(params['sla']).filter((s): s is SlaState => SlaStateSchema.safeParse(s).success),
    mine: params['assignee'] === 'me',
    q: (params['q'] ?? '').trim(),
    sort: sort.success ? sort.data : DEFAULT_FILTER.sort,
    page: positiveInt(params['page'], DEFAULT_FILTER.page),
    pageSize: Math.min(positiveInt(params['pageSize'], DEFAULT_FILTER.pageSize), 200),
  };
}

/** URL query params; defaults become `null` so the router removes them from the URL. */
export function filterToParams(filter: QueueFilter): Params {
  const joined = (values: readonly (string | number)[]) => (values.length ? values.join(',') : null);
  return {
    status: joined(filter.status),
    severity: joined(filter.severity),
    level: joined(filter.level),
    team: joined(filter.teamId),
    sla: joined(filter.slaState),
    assignee: filter.mine ? 'me' : null,
    q: filter.q || null,
    sort: filter.sort === DEFAULT_FILTER.sort ? null : filter.sort,
    page: filter.page === DEFAULT_FILTER.page ? null : filter.page,
    pageSize: filter.pageSize === DEFAULT_FILTER.pageSize ? null : filter.pageSize,
  };
}

/** The API's EscalationListQuery, as query-string values. */
export function filterToApiParams(filter: QueueFilter): Record<string, string> {
  const params: Record<string, string> = {
    sort: filter.sort,
    page: String(filter.page),
    pageSize: String(filter.pageSize),
  };
  if (filter.status.length) params['status'] = filter.status.join(',');
  if (filter.severity.length) params['severity'] = filter.severity.join(',');
  if (filter.level.length) params['level'] = filter.level.join(',');
  if (filter.teamId.length) params['teamId'] = filter.teamId.join(',');
  if (filter.slaState.length) params['slaState'] = filter.slaState.join(',');
  if (filter.mine) params['assigneeId'] = 'me';
  if (filter.q) params['q'] = filter.q;
  return params;
}
