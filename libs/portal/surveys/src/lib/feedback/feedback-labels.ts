import { FeedbackStatusSchema, FeedbackTopicSchema, type FeedbackStatus, type FeedbackTopic } from '@ladder/contracts';

export const FEEDBACK_TOPICS = FeedbackTopicSchema.options;
export const FEEDBACK_STATUSES = FeedbackStatusSchema.options;

export const TOPIC_LABEL: Readonly<Record<FeedbackTopic, string>> = {
  procedure: 'The escalation procedure',
  levels: 'Levels and who handles what',
  timeframes: 'Timeframes and targets',
  communication: 'Communication and updates',
  tooling: 'Tools',
  other: 'Something else',
};

export const STATUS_LABEL: Readonly<Record<FeedbackStatus, string>> = {
  new: 'New',
  reviewed: 'Reviewed',
  planned: 'Planned',
  done: 'Done',
  declined: 'Declined',
};
