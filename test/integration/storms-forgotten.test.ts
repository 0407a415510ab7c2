import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { TableStormStore } from '../../services/adapters/tables/table-storm-store';
import { createTableClients, ensureTables } from '../../services/adapters/tables/table-names';
import type { PostStorm } from '../../services/ports/index';
import { azurite } from '../support/global-azurite';

const storm = (postId: string, lastAt: string): PostStorm => ({
  platform: 'x',
  postId,
  startedAt: '2026-11-01T08:00:00.000Z',
  lastAt,
});

describe('the records plan forgets comment storms: a storm names its post, perhaps a resident’s own', () => {
  it('forgets storms quiet since before the cutoff and keeps one still drawing comments', async () => {
    const tables = createTableClients(azurite().connectionString, `s${randomBytes(6).toString('hex')}`);
    await ensureTables(tables);
    const storms = new TableStormStore(tables.comments);
    await storms.create(storm('1864011122334455667', '2026-11-02T08:00:00.000Z'));
    await storms.create(storm('1864099988877766655', '2027-01-20T08:00:00.000Z'));
    assert.equal(await storms.forgetQuietSince('2027-01-01T00:00:00.000Z'), 1);
    assert.equal(await storms.get('x', '1864011122334455667'), undefined);
    assert.ok(await storms.get('x', '1864099988877766655'));
    const rows: string[] = [];
    for await (const row of tables.comments.listEntities()) rows.push(JSON.stringify(row));
    assert.doesNotMatch(rows.join('\n'), /1864011122334455667/, 'no row names the forgotten post');
  });
});
