import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { DateTime } from 'luxon';
import { stopChild } from '../../bot/local/azurite';
import { computeDeadline } from '../../services/domain/deadline';
import { TableCommentStore } from '../../services/adapters/tables/table-comment-store';
import { testKeyedIds } from '../support/keyed-ids';
import { TableDeliveryInbox } from '../../services/adapters/tables/table-delivery-inbox';
import { TableOutboxQueue } from '../../services/adapters/tables/table-outbox-queue';
import { createTableClients } from '../../services/adapters/tables/table-names';
import { startFakeBotConnector, type FakeBotConnector } from '../fakes/bot-connector';
import { eventually } from '../support/eventually';
import { freePort } from '../support/free-port';
import { azurite } from '../support/global-azurite';
import {
  cardsPerAuthor,
  commentDelivery,
  deliverUntilAnswered,
  install,
  startBotProcess,
} from './bot-process';

/** When a comment must have been written, in seconds, for its deadline to have passed an hour before `now`. */
function pastDeadline(now: DateTime): number {
  let writtenAt = now.minus({ hours: 25 });
  while (computeDeadline(writtenAt) > now.minus({ hours: 1 })) writtenAt = writtenAt.minus({ days: 1 });
  return Math.floor(writtenAt.toSeconds());
}

describe('two bot processes on one store', function () {
  this.timeout(120_000);
  let connector: FakeBotConnector;
  const bots: ChildProcess[] = [];

  before(async () => {
    connector = await startFakeBotConnector();
  });
  after(async () => {
    for (const bot of bots) await stopChild(bot);
    await connector.close();
  });

  it('post each card once and send each due reminder once, whichever gets the webhook', async () => {
    const prefix = `twice${randomBytes(4).toString('hex')}`;
    // Reminders looked for every 200 ms by both, at any hour, with a team lead to escalate to.
    const env = {
      REMINDER_INTERVAL_MS: '200',
      OFFICE_HOURS: '00:00-23:59',
      TEAM_LEADS: 'aad-lead:Lena Lindgren',
      // A delivery shed while the store is behind comes again a second later, as the platforms retry.
      WEBHOOK_RETRY_AFTER_SECONDS: '1',
    };
    const ports = [await freePort(), await freePort()];
    for (const port of ports) bots.push(await startBotProcess(port, azurite().connectionString, prefix, env));
    await install(ports[0] ?? 0, connector);

    // Comments written long enough ago to be past their deadline on any day of the week (a comment of Saturday is
    // due on Monday), so each is due one escalation in its thread.
    const writtenAt = pastDeadline(DateTime.now());
    const authors = Array.from({ length: 40 }, (_, i) => `Boende ${i}`);
    const statuses = await Promise.all(
      authors.map((author, i) => deliverUntilAnswered(ports[i % 2] ?? 0, commentDelivery(author, writtenAt))),
    );
    assert.ok(
      statuses.every((s) => s === 200),
      'every delivery acknowledged',
    );

    const tables = createTableClients(azurite().connectionString, prefix);
    const comments = tables.comments;
    const store = new TableCommentStore(comments, testKeyedIds);
    const queue = new TableOutboxQueue(comments);
    const inbox = new TableDeliveryInbox(tables.inbox);
    // Acknowledged once held: each is ingested (its card's marker written) once the storm of deliveries has passed.
    await eventually(async () => {
      assert.deepEqual(await inbox.heldBefore('9999-12-31T23:59:59.999Z'), [], 'every delivery ingested');
      assert.deepEqual(await queue.listPending(100), [], 'every card posted');
    }, 30_000);
    const cards = cardsPerAuthor(connector);
    for (const author of authors) assert.equal(cards.get(author)?.length, 1, `${author} has one card`);

    const threads = connector
      .newThreads()
      .map((t) => String((t as { activityId?: string }).activityId ?? ''));
    const postedIds = await Promise.all(
      authors.map(async (author) => {
        const found = (await store.listOpen()).find((c) => c.authorName === author);
        return found?.card?.activityId ?? '';
      }),
    );
    assert.equal(threads.length, authors.length);
    await eventually(
      () =>
        assert.ok(
          postedIds.every((id) => connector.threadReplies(id).length >= 1),
          'every card escalated',
        ),
      30_000,
    );
    // Both processes keep sweeping; nothing more may come.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    for (const id of postedIds) {
      const replies = connector.threadReplies(id);
      assert.equal(replies.length, 1, `card ${id} got ${replies.length} escalations`);
      assert.match(replies[0]?.text ?? '', /Försenad/);
    }
  });
});
