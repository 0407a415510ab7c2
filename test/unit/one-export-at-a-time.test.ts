import assert from 'node:assert/strict';
import { oneExportAtATime } from '../../services/app/records/one-export-at-a-time';
import { isAppError } from '../../services/domain/app-error';

describe('exports and archive packages, one at a time per person', () => {
  it('refuses a person’s second export while the first runs, not someone else’s, and takes the next once done', async () => {
    const gate = oneExportAtATime();
    let finish: (rows: string) => void = () => undefined;
    const first = gate('alex', () => new Promise<string>((resolve) => (finish = resolve)));
    await assert.rejects(
      gate('alex', async () => 'second'),
      (error) => isAppError(error, 'export_busy'),
    );
    assert.equal(await gate('megan', async () => 'megan’s'), 'megan’s');
    finish('alex’s');
    assert.equal(await first, 'alex’s');
    assert.equal(await gate('alex', async () => 'next'), 'next');
  });

  it('takes the next export after one that failed', async () => {
    const gate = oneExportAtATime();
    await assert.rejects(gate('alex', async () => Promise.reject(new Error('storage'))));
    assert.equal(await gate('alex', async () => 'again'), 'again');
  });
});
