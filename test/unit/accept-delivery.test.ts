import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { metaCommentDelivery } from '../../bot/demo/meta-comment-delivery';
import { metaWebhook } from '../../bot/webhooks/meta/meta-webhook';
import { signMetaBody } from '../../bot/webhooks/meta/verify-meta-signature';
import { acceptDelivery, verifyDelivery } from '../../bot/webhooks/receive-delivery';
import { createTableClients, ensureTables } from '../../services/adapters/tables/table-names';
import { TableDeliveryInbox } from '../../services/adapters/tables/table-delivery-inbox';
import type { IncomingEvent } from '../../services/domain/comment';
import type { HeldDelivery } from '../../services/ports/delivery-inbox';
import { azurite } from '../support/global-azurite';
import { capturedLogger } from '../support/captured-logs';

const SECRET = 'a-test-app-secret';
const PAGE = '104857362918475';
const NOTHING = { stored: 0, duplicates: 0, changed: 0, unknown: 0, foreign: 0 };

describe('accepting a verified webhook delivery', () => {
  let inbox: TableDeliveryInbox;
  let ingested: string[];
  let taken: HeldDelivery[];

  const accept = (body: string) => {
    const { logger } = capturedLogger();
    const delivery = verifyDelivery(
      metaWebhook(SECRET, 'token'),
      logger,
      Buffer.from(body),
      signMetaBody(body, SECRET),
    );
    return acceptDelivery(
      delivery,
      {
        inbox,
        ingester: {
          ingest: async (events: readonly IncomingEvent[]) => {
            for (const event of events) if (event.kind === 'new') ingested.push(event.comment.text);
            return NOTHING;
          },
        },
        drain: { take: (held) => void taken.push(held) },
      },
      '2026-12-07T10:00:00.000Z',
    );
  };

  beforeEach(async () => {
    const tables = createTableClients(azurite().connectionString, `a${randomBytes(6).toString('hex')}`);
    await ensureTables(tables);
    inbox = new TableDeliveryInbox(tables.inbox);
    ingested = [];
    taken = [];
  });

  it('holds the delivery as it came and hands it on, its comments not yet stored when it is acknowledged', async () => {
    const { body } = metaCommentDelivery({
      pageId: PAGE,
      author: 'Karin',
      text: 'Hej!',
      writtenAt: 1_796_000_000,
    });
    await accept(body);
    const held = await inbox.heldBefore('2027-01-01T00:00:00.000Z');
    assert.deepEqual(
      held.map((h) => h.body.toString()),
      [body],
    );
    assert.deepEqual(
      taken.map((h) => h.id),
      held.map((h) => h.id),
    );
    assert.deepEqual(ingested, []);
  });

  it('stores a delivery larger than the inbox holds before it is acknowledged, holding nothing', async () => {
    const text = 'Å'.repeat(inbox.maxBodyBytes / 2);
    const { body } = metaCommentDelivery({ pageId: PAGE, author: 'Karin', text, writtenAt: 1_796_000_000 });
    await accept(body);
    assert.deepEqual(ingested, [text]);
    assert.deepEqual(await inbox.heldBefore('2027-01-01T00:00:00.000Z'), []);
    assert.deepEqual(taken, []);
  });

  it('refuses a body that is not a JSON object, holding nothing', async () => {
    await assert.rejects(accept('[1, 2'), { code: 'webhook_body_malformed' });
    assert.deepEqual(await inbox.heldBefore('2027-01-01T00:00:00.000Z'), []);
  });
});
