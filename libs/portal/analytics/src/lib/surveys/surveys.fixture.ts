import type { QuestionDistribution, SatisfactionDriver, SurveyReport } from '@ladder/contracts';

// A small survey report for the mapper and page specs; every share and mean can be worked out by hand.

const DESK = '00000000-0000-4000-8000-00000000000a';
const NETWORK = '00000000-0000-4000-8000-00000000000b';
const FIELD = '00000000-0000-4000-8000-00000000000c';

const RATINGS = ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'].map((label, i) => ({
  value: String(i + 1),
  label: `${i + 1} ${label}`,
}));

const rating = (
  key: string,
  prompt: string,
  counts: number[],
  desk: number[],
  network: number[],
): QuestionDistribution => {
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  return {
    key,
    prompt,
    kind: 'rating',
    options: RATINGS,
    responses: sum(counts),
    counts,
    groups: [
      { key: DESK, label: 'Service Desk', responses: sum(desk), counts: desk },
      { key: NETWORK, label: 'Network', responses: sum(network), counts: network },
    ],
  };
};

/** Overall 1..5: 2, 3, 4, 9, 12 (30; 21 rated 4 or 5; mean 116 / 30). Desk 26 (mean 104 / 26 = 4), Network 4 (mean 3). */
export const OVERALL = rating(
  'overall',
  'How satisfied are you with how this was handled?',
  [2, 3, 4, 9, 12],
  [1, 2, 4, 8, 11],
  [1, 1, 0, 1, 1],
);

export const INFORMED = rating(
  'informed',
  'Were you kept informed?',
  [3, 5, 6, 8, 6],
  [2, 4, 5, 7, 6],
  [1, 1, 1, 1, 0],
);

export const RIGHT_LEVEL: QuestionDistribution = {
  key: 'right_level',
  prompt: 'Was it handled at the right level?',
  kind: 'choice',
  options: [
    { value: 'yes', label: 'Yes' },
    { value: 'no', label: 'No' },
    { value: 'not_sure', label: 'Not sure' },
  ],
  responses: 27,
  counts: [18, 6, 3],
  groups: [
    { key: DESK, label: 'Service Desk', responses: 23, counts: [16, 4, 3] },
    { key: NETWORK, label: 'Network', responses: 4, counts: [2, 2, 0] },
  ],
};

const WRITTEN: QuestionDistribution = {
  key: 'comments',
  prompt: 'Anything else?',
  kind: 'text',
  options: [],
  responses: 9,
  counts: [],
  groups: [],
};

const driver = (fields: Partial<SatisfactionDriver> & Pick<SatisfactionDriver, 'factor'>): SatisfactionDriver => ({
  level: null,
  label: '',
  with: { n: 0, mean: null },
  without: { n: 0, mean: null },
  difference: null,
  ciLow: null,
  ciHigh: null,
  tooFew: false,
  ...fields,
});

/** Waited at L2 (clearly lower), reached L3 (unclear), breached (too few), update cadence missed (clearly higher). */
export const DRIVERS: SatisfactionDriver[] = [
  driver({
    factor: 'time-at-level',
    level: 2,
    label: 'Waited over 4 h at L2',
    with: { n: 12, mean: 3 },
    without: { n: 15, mean: 4.1 },
    difference: -1.1,
    ciLow: -1.62,
    ciHigh: -0.58,
  }),
  driver({
    factor: 'levels-climbed',
    level: 3,
    label: 'Reached L3',
    with: { n: 6, mean: 3.5 },
    without: { n: 24, mean: 3.96 },
    difference: -0.46,
    ciLow: -1.24,
    ciHigh: 0.32,
  }),
  driver({
    factor: 'breach',
    label: 'Breached an SLA target',
    with: { n: 3, mean: 2.33 },
    without: { n: 27, mean: 4.04 },
    difference: -1.71,
    tooFew: true,
  }),
  driver({
    factor: 'update-cadence',
    label: 'Missed a stakeholder update',
    with: { n: 10, mean: 4.2 },
    without: { n: 20, mean: 3.7 },
    difference: 0.5,
    ciLow: 0.08,
    ciHigh: 0.92,
  }),
];

/** Anonymity off, five responses at least per finding; 30 answered of 60 invited. */
export const SURVEY_REPORT: SurveyReport = {
  anonymous: false,
  minResponses: 5,
  // Outcome known for 30 + 18 + 4 = 52: rate 30 / 52.
  responseRate: { invited: 60, pending: 6, answered: 30, expired: 18, withdrawn: 2, optedOut: 4, rate: 30 / 52 },
  csat: { responses: 30, satisfied: 21, csat: 0.7, mean: 116 / 30 },
  groupBy: 'team',
  groups: [
    {
      key: DESK,
      label: 'Service Desk',
      invited: 38,
      answered: 26,
      responseRate: 26 / 36,
      responses: 26,
      satisfied: 19,
      csat: 19 / 26,
      mean: 4,
      tooFew: false,
    },
    {
      key: NETWORK,
      label: 'Network',
      invited: 20,
      answered: 4,
      responseRate: 4 / 14,
      responses: 4,
      satisfied: 2,
      csat: 0.5,
      mean: 3,
      tooFew: true,
    },
    {
      key: FIELD,
      label: 'Field Services',
      invited: 2,
      answered: 0,
      responseRate: null,
      responses: 0,
      satisfied: 0,
      csat: null,
      mean: null,
      tooFew: true,
    },
  ],
  questions: [OVERALL, INFORMED, RIGHT_LEVEL, WRITTEN],
  drivers: DRIVERS,
  comments: [
    {
      respondedAt: '2026-11-12T09:30:00.000Z',
      escalationId: '10000000-0000-4000-8000-000000001042',
      number: 1042,
      title: 'VPN down for finance',
      teamName: 'Network',
      severity: 'S2',
      highestLevel: 3,
      score: 2,
      question: 'Anything else?',
      text: 'Nobody told us for a day.',
      respondent: { name: 'Ana Ruiz', email: 'ana@example.com' },
    },
    {
      respondedAt: '2026-11-10T16:05:00.000Z',
      escalationId: '10000000-0000-4000-8000-000000001038',
      number: 1038,
      title: 'Printer queue stuck',
      teamName: 'Service Desk',
      severity: 'S4',
      highestLevel: 1,
      score: 5,
      question: 'Anything else?',
      text: 'Quick and friendly.',
      respondent: { name: null, email: 'ops@example.com' },
    },
    {
      respondedAt: '2026-11-09T08:00:00.000Z',
      escalationId: '10000000-0000-4000-8000-000000001031',
      number: 1031,
      title: 'Mail delayed',
      teamName: 'Service Desk',
      severity: 'S3',
      highestLevel: 2,
      score: null,
      question: 'Anything else?',
      text: 'Fine.',
      respondent: { name: 'Bo Chen', email: 'bo@example.com' },
    },
  ],
};

/** Nobody invited: every card says there is nothing to read. */
export const EMPTY_SURVEY_REPORT: SurveyReport = {
  ...SURVEY_REPORT,
  responseRate: { invited: 0, pending: 0, answered: 0, expired: 0, withdrawn: 0, optedOut: 0, rate: null },
  csat: { responses: 0, satisfied: 0, csat: null, mean: null },
  groups: [],
  questions: [],
  drivers: [],
  comments: [],
};
