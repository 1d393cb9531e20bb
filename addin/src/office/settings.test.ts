import { describe, expect, it } from 'vitest';
import { FakeSettings } from '../fake/fakeSettings';
import { DEFAULT_SETTINGS, readSettings, writeSettings } from './settings';

describe('document settings', () => {
  it('round-trips scheme, as-of date and stale threshold through saveAsync', async () => {
    const settings = new FakeSettings();
    await writeSettings(settings, { schemeId: 'brag', asOf: '2011-05-31', staleDays: 30 });
    expect(settings.saved.get('actionplan.settings')).toEqual({ schemeId: 'brag', asOf: '2011-05-31', staleDays: 30 });
    expect(readSettings(settings)).toEqual({ schemeId: 'brag', asOf: '2011-05-31', staleDays: 30 });
  });

  it('falls back field by field when a stored value is malformed', () => {
    const settings = new FakeSettings();
    settings.set('actionplan.settings', { schemeId: 'BRAG!', asOf: '31/05/2011', staleDays: 30 });
    expect(readSettings(settings)).toEqual({ ...DEFAULT_SETTINGS, staleDays: 30 });
  });
});
