import type { Params } from '@angular/router';
import { FeedbackStatusSchema, FeedbackTopicSchema, type FeedbackStatus, type FeedbackTopic } from '@ladder/contracts';

/** The API's page size for feedback (50 a page, newest first). */
export const FEEDBACK_PAGE_SIZE = 50;

/** `status: null` lists every status; the URL says `status=all` for it, since new ones are the default. */
export interface FeedbackFilter {
  status: FeedbackStatus | null;
  topic: FeedbackTopic | null;
  page: number;
}

export const DEFAULT_FEEDBACK_FILTER: FeedbackFilter = { status: 'new', topic: null, page: 1 };

export function feedbackFilterFromParams(params: Readonly<Record<string, string | undefined>>): FeedbackFilter {
  const status = FeedbackStatusSchema.safeParse(params['status']);
  const topic = FeedbackTopicSchema.safeParse(params['topic']);
  const page = Number(params['page']);
  return {
    status: params['status'] === 'all' ? null : status.success ? status.data : DEFAULT_FEEDBACK_FILTER.status,
    topic: topic.success ? topic.data : null,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** URL query params; defaults become `null` so the router removes them. */
export function feedbackFilterToParams(filter: FeedbackFilter): Params {
  return {
    status: filter.status === DEFAULT_FEEDBACK_FILTER.status ? null : (filter.status ?? 'all'),
    topic: filter.topic,
    page: filter.page === 1 ? null : filter.page,
  };
}
