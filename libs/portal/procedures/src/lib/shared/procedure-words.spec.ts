import type { Contact } from '@ladder/contracts';
import { describeAction, describeCondition, describeContact, describeReachOut, versionLabel } from './procedure-words';

describe('procedure words', () => {
  it('labels a version with its number and name', () => {
    expect(versionLabel({ version: 3, name: 'Faster L2 hand-offs' })).toBe('v3 · Faster L2 hand-offs');
  });

  it('says every condition of a rule in one phrase', () => {
    expect(
      describeCondition({
        severity: ['S1', 'S2'],
        category: ['network'],
        affectedService: ['Payroll'],
        level: [1, 2],
        minutesAtLevel: 90,
        unacknowledgedMinutes: 10,
        reassignmentsAtLeast: 3,
        reopened: true,
        updateOverdue: true,
        alertsForService: { moreThan: 5, withinMinutes: 90 },
      }),
    ).toBe(
      'severity S1 or S2, category network, service Payroll, at L1 or L2, 1h 30m at the level, ' +
        'unacknowledged for 10m, reassigned at least 3 times, reopened, stakeholder update overdue, ' +
        'more than 5 alerts for the service within 1h 30m',
    );
    expect(describeCondition({ alertsForService: { moreThan: 5, withinMinutes: 10 } })).toBe(
      'more than 5 alerts for the service within 10m',
    );
    expect(describeCondition({})).toBe('always');
  });

  it('says what a rule does', () => {
    expect(describeAction({ action: 'escalate', toLevel: 3 })).toBe('escalate to L3');
    expect(describeAction({ action: 'raise-severity', to: 'S1' })).toBe('raise severity to S1');
    expect(describeAction({ action: 'notify', contact: 'Duty manager' })).toBe('notify Duty manager');
    expect(describeAction({ action: 'notify', contact: 'Duty manager', level: 2 })).toBe('notify Duty manager of L2');
  });

  it('says when Ladder reaches out to a contact', () => {
    expect(describeReachOut(undefined)).toBe('Not notified by Ladder');
    expect(describeReachOut({})).toBe('Ladder notifies them');
    expect(describeReachOut({ severities: ['S1', 'S2'], afterUnacknowledgedMinutes: 10 })).toBe(
      'Ladder notifies them for S1, S2 after 10m unacknowledged',
    );
  });

  it('names a contact with role, channel and address', () => {
    const contact: Contact = {
      name: 'Jane Doe',
      role: 'Duty manager',
      channel: 'email',
      address: 'jane@example.com',
      whenToReachOut: 'S1 only',
    };
    expect(describeContact(contact)).toBe('Jane Doe (Duty manager), email jane@example.com');
  });
});
