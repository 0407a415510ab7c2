import assert from 'node:assert/strict';
import { metaCommentDelivery } from '../../bot/demo/meta-comment-delivery';
import { azuriteConnectionString } from '../../bot/local/azurite';
import { startCountingProxy, type CountedRequest } from '../support/counting-proxy';
import { eventually } from '../support/eventually';
import { azurite } from '../support/global-azurite';
import { startTestApp, type TestApp } from '../support/test-app';

const PAGE = '104857362918475';

describe('storage round trips of a comment', () => {
  let t: TestApp;
  let proxy: Awaited<ReturnType<typeof startCountingProxy>>;
  const writtenAt = Math.floor(Date.now() / 1000) - 60;

  before(async () => {
    proxy = await startCountingProxy({ port: azurite().port });
    const connectionString = azuriteConnectionString(proxy.port, azurite().blobPort);
    t = await startTestApp({ connectionString, env: { STORM_THRESHOLD: '10' } });
    await t.install();
    // The first comment fills what is cached (the channel's route, the installation).
    await t.postMeta(metaCommentDelivery({ pageId: PAGE, author: 'Första', text: 'Hej', writtenAt }).body);
    await eventually(() => assert.equal(t.connector.newThreads().length, 1));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await t.app.figures.catchUp();
  });
  after(async () => {
    await t.stop(true);
    await proxy.close();
  });

  it('makes at most three from webhook to posted card beside holding the delivery, with storms folded', async () => {
    proxy.requests.length = 0;
    const delivery = metaCommentDelivery({
      pageId: PAGE,
      author: 'Andra',
      text: 'När öppnar badet?',
      writtenAt,
    });
    assert.equal((await t.postMeta(delivery.body)).status, 200);
    await eventually(() => assert.equal(t.connector.newThreads().length, 2));
    // The overview's figures are counted a moment after the card (services/app/overview/figure-keeper.ts).
    const figures = (r: CountedRequest) =>
      r.tables.some((table) => table.endsWith('Figures')) || r.dropsFigureMarker.includes(true);
    await eventually(() => assert.ok(proxy.requests.some((r) => r.dropsFigureMarker.includes(true))));
    await new Promise((resolve) => setTimeout(resolve, 300));
    // The delivery held in the inbox until its comment is stored, then let go (services/ports/delivery-inbox.ts).
    const inbox = (r: CountedRequest) => r.tables.some((table) => table.endsWith('Inbox'));
    assert.equal(proxy.requests.filter(inbox).length, 2, 'held once, released once');
    const made = proxy.requests.filter((r) => !figures(r) && !inbox(r)).map((r) => `${r.method} ${r.path}`);
    assert.ok(made.length <= 3, `round trips:\n${made.join('\n')}`);
    assert.equal(
      made.filter((r) => r.includes('$batch')).length,
      2,
      `the insert (with marker, lease and reminders) and the posted-card record:\n${made.join('\n')}`,
    );
    // The figures: the day's counts read and written, the queue's copy, the marker that said they were due.
    const counted = proxy.requests.filter(figures).map((r) => `${r.method} ${r.path}`);
    assert.ok(counted.length <= 4, `the figures' round trips:\n${counted.join('\n')}`);
  });
});
