import type { TriageExample } from './triage-examples';
import { MIN_TRAINING_EXAMPLES, suggestTriage, trainTriageModels } from './triage-models';

const TRAINED_AT = new Date('2026-11-26T12:00:00Z');

function example(title: string, category: string, service: string, team: [string, string]): TriageExample {
  return {
    title,
    description: '',
    category,
    affected_service: service,
    team_id: team[0],
    team_name: team[1],
    severity: 'S3',
    created_at: TRAINED_AT,
  };
}

/** Half VPN trouble for the Network team, half mailbox trouble for the Applications team. */
const examples = Array.from({ length: MIN_TRAINING_EXAMPLES }, (_, i) =>
  i % 2 === 0
    ? example('VPN tunnel drops', 'network', 'VPN', ['t-net', 'Network'])
    : example('Mailbox full', 'application', 'Email', ['t-app', 'Applications']),
);

describe('triage models', () => {
  it('suggests by target, naming the team rather than giving its id', () => {
    const suggestions = suggestTriage(trainTriageModels(examples, TRAINED_AT), {
      title: 'VPN drops again',
      description: '',
    });
    expect(suggestions).toMatchObject({
      category: { value: 'network', label: 'network' },
      affectedService: { value: 'VPN' },
      team: { value: 't-net', label: 'Network' },
      trainedOn: 50,
      trainedAt: '2026-11-26T12:00:00.000Z',
    });
    expect(suggestions.category?.drivingWords).toEqual(expect.arrayContaining(['vpn', 'drops']));
  });

  it('suggests nothing below the minimum of resolved escalations', () => {
    const models = trainTriageModels(examples.slice(1), TRAINED_AT);
    expect(models.models).toBeNull();
    expect(suggestTriage(models, { title: 'VPN drops again', description: '' })).toMatchObject({
      category: null,
      affectedService: null,
      team: null,
      severity: null,
      trainedOn: 49,
    });
  });
});
