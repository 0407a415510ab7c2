import assert from 'node:assert/strict';
import { loadConfig } from '../../bot/config/load-config';
import { recordsPlanNotes } from '../../bot/config/records-plan-notes';

const named = (env: Record<string, string>) => recordsPlanNotes(loadConfig(env)).map((n) => n.setting);

describe('start-up names settings that would purge before archiving', () => {
  it('says nothing when the purge waits for each period’s package, or when nothing is purged', () => {
    assert.deepEqual(named({ RETENTION_DAYS: '30' }), []);
    assert.deepEqual(named({ RETENTION_DAYS: '0', ARCHIVED_BY_OTHER_MEANS: 'yes' }), []);
  });

  it('names archiving by other means, and a retention shorter than an archiving period beside it', () => {
    assert.deepEqual(named({ RETENTION_DAYS: '30', ARCHIVED_BY_OTHER_MEANS: 'yes' }), [
      'ARCHIVED_BY_OTHER_MEANS',
      'RETENTION_DAYS',
    ]);
    assert.deepEqual(named({ RETENTION_DAYS: '400', ARCHIVED_BY_OTHER_MEANS: 'yes' }), [
      'ARCHIVED_BY_OTHER_MEANS',
    ]);
    const [, short] = recordsPlanNotes(loadConfig({ RETENTION_DAYS: '30', ARCHIVED_BY_OTHER_MEANS: 'yes' }));
    assert.match(short?.text ?? '', /purged before its archive package is due/);
  });

  it('names a purge that waits for packages nobody is reminded to take', () => {
    assert.deepEqual(named({ RETENTION_DAYS: '30', ARCHIVE_MONTHS: 'none' }), ['ARCHIVE_MONTHS']);
  });
});
