import { editorOptions, withCurrent } from './editor-options';
import { richDraft, TEAM_DESK } from './editor.fixture';
import { procedureForm } from './form/procedure-form';

describe('editorOptions', () => {
  it('offers what the form holds now, named for people', () => {
    const form = procedureForm(richDraft());
    form.get('definition.levels.1.name')?.setValue('Network ops');
    const options = editorOptions(form.getRawValue(), [{ id: TEAM_DESK, name: 'Desk', level: 1, capacity: 4 }], ['uk']);
    expect(options).toEqual({
      teams: [{ value: TEAM_DESK, label: 'Desk' }],
      calendars: [
        { value: 'team', label: "Working team's calendar" },
        { value: 'uk', label: 'uk' },
      ],
      levels: [
        { value: 1, label: 'L1 Service Desk' },
        { value: 2, label: 'L2 Network ops' },
      ],
      severities: [
        { value: 'S1', label: 'S1 Severity 1' },
        { value: 'S2', label: 'S2 Severity 2' },
        { value: 'S3', label: 'S3 Severity 3' },
        { value: 'S4', label: 'S4 Severity 4' },
      ],
      categories: ['network', 'access'],
      services: ['Payroll'],
      contacts: [
        { level: 1, name: 'Duty manager' },
        { level: 2, name: 'Network lead' },
        { level: 2, name: 'NOC phone' },
      ],
    });
  });

  it('keeps a chosen name that is no longer offered', () => {
    expect(withCurrent(['a', 'b'], 'c')).toEqual(['a', 'b', 'c']);
    expect(withCurrent(['a', 'b'], ['b', 'd', ''])).toEqual(['a', 'b', 'd']);
    expect(withCurrent(['a'], '')).toEqual(['a']);
  });
});
