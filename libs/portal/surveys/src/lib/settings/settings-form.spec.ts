import type { SurveySettings } from '@ladder/contracts';
import { fromSettingsForm, settingsFormErrors, toSettingsForm, type SettingsForm } from './settings-form';

const settings: SurveySettings = {
  delayMinutes: 60,
  expiryDays: 14,
  reminderAfterDays: 3,
  sampleBySeverity: { S1: 1, S2: 1, S3: 0.5, S4: 0.25 },
  sampleByCategory: { network: 0.333, access: 0 },
  anonymous: false,
  lowScoreThreshold: 2,
  version: 4,
};

describe('settings form', () => {
  it('shows shares as percentages and categories as sorted rows', () => {
    expect(toSettingsForm(settings)).toEqual({
      delayMinutes: 60,
      expiryDays: 14,
      reminderAfterDays: 3,
      severityPercent: { S1: 100, S2: 100, S3: 50, S4: 25 },
      categoryRows: [
        { category: 'access', percent: 0 },
        { category: 'network', percent: 33.3 },
      ],
      anonymous: false,
      lowScoreThreshold: 2,
    });
  });

  it('turns the form back into the same settings with the version it was based on', () => {
    expect(fromSettingsForm(toSettingsForm(settings), 4)).toEqual({ ok: true, data: settings });
  });

  it('reports percentages out of range, empty and repeated categories by row', () => {
    const form: SettingsForm = {
      ...toSettingsForm(settings),
      severityPercent: { S1: 100, S2: 120, S3: Number.NaN, S4: 0 },
      categoryRows: [
        { category: 'network', percent: 10 },
        { category: ' network ', percent: -1 },
        { category: '', percent: 5 },
      ],
    };
    expect(fromSettingsForm(form, 4)).toEqual({
      ok: false,
      errors: {
        'severityPercent.S2': 'Between 0 and 100',
        'severityPercent.S3': 'Between 0 and 100',
        'categoryRows.1.category': 'Listed twice',
        'categoryRows.1.percent': 'Between 0 and 100',
        'categoryRows.2.category': 'Choose a category',
      },
    });
  });

  it('keeps the contract’s rule that the reminder goes out before the expiry', () => {
    expect(fromSettingsForm({ ...toSettingsForm(settings), reminderAfterDays: 14 }, 4)).toEqual({
      ok: false,
      errors: { reminderAfterDays: 'the reminder must go out before the invitation expires' },
    });
    expect(
      fromSettingsForm({ ...toSettingsForm(settings), lowScoreThreshold: 5, delayMinutes: Number.NaN }, 4),
    ).toEqual({
      ok: false,
      errors: { lowScoreThreshold: 'At most 4', delayMinutes: 'Enter a number' },
    });
  });

  it('puts the API’s messages on the fields they concern', () => {
    const form = toSettingsForm(settings);
    expect(
      settingsFormErrors(form, {
        'sampleBySeverity.S3': 'Too big',
        'sampleByCategory.network': 'Too big',
        'sampleByCategory.gone': 'Unknown',
        expiryDays: 'Too long',
      }),
    ).toEqual({
      'severityPercent.S3': 'Too big',
      'categoryRows.1.percent': 'Too big',
      '': 'Unknown',
      expiryDays: 'Too long',
    });
  });
});
