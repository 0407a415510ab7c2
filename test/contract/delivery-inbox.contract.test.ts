import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import sinon from 'sinon';
import {
  createTableClients,
  ensureTables,
  type TableClients,
} from '../../services/adapters/tables/table-names';
import { TableDeliveryInbox } from '../../services/adapters/tables/table-delivery-inbox';
import { azurite } from '../support/global-azurite';

describe('the webhook deliveries inbox (Azurite)', () => {
  let tables: TableClients;
  let inbox: TableDeliveryInbox;

  beforeEach(async () => {
    tables = createTableClients(azurite().connectionString, `i${randomBytes(6).toString('hex')}`);
    await ensureTables(tables);
    inbox = new TableDeliveryInbox(tables.inbox);
  });

  afterEach(() => sinon.restore());

  it('gives back the exact bytes held, oldest first, and only those received before the time asked', async () => {
    // Not valid UTF-8 after the first bytes: what was signed is kept byte for byte, not as decoded text.
    const odd = Buffer.concat([
      Buffer.from('{"object":"page","å":"ä'),
      Buffer.from([0xc3, 0x28, 0xff]),
      Buffer.from('"}'),
    ]);
    await inbox.hold({
      source: 'meta',
      receivedAt: '2026-12-07T10:00:02.000Z',
      body: Buffer.from('{"second":true}'),
    });
    await inbox.hold({ source: 'meta', receivedAt: '2026-12-07T10:00:01.000Z', body: odd });
    await inbox.hold({
      source: 'x',
      receivedAt: '2026-12-07T10:00:05.000Z',
      body: Buffer.from('{"late":true}'),
    });

    const held = await inbox.heldBefore('2026-12-07T10:00:04.000Z');
    assert.deepEqual(
      held.map((h) => [h.source, h.receivedAt, h.body.toString('hex')]),
      [
        ['meta', '2026-12-07T10:00:01.000Z', odd.toString('hex')],
        ['meta', '2026-12-07T10:00:02.000Z', Buffer.from('{"second":true}').toString('hex')],
      ],
    );
    assert.equal((await inbox.heldBefore('2026-12-07T10:00:06.000Z')).length, 3);
  });

  it('holds a body as large as it says it takes, and refuses a larger one before writing anything', async () => {
    const largest = randomBytes(inbox.maxBodyBytes);
    await inbox.hold({ source: 'meta', receivedAt: '2026-12-07T10:00:00.000Z', body: largest });
    const [held] = await inbox.heldBefore('2026-12-07T11:00:00.000Z');
    assert.ok(held?.body.equals(largest), 'the largest body comes back whole');
    assert.ok(
      inbox.maxBodyBytes > 200_000,
      `holds ${inbox.maxBodyBytes} bytes, more than any platform sends at once`,
    );

    await assert.rejects(
      inbox.hold({
        source: 'meta',
        receivedAt: '2026-12-07T10:00:00.000Z',
        body: randomBytes(inbox.maxBodyBytes + 1),
      }),
      RangeError,
    );
    assert.equal((await inbox.heldBefore('2026-12-07T11:00:00.000Z')).length, 1);
  });

  it('holds a storm of 300 deliveries in a few shared transactions, each stored when it resolves', async () => {
    const submit = sinon.spy(tables.inbox, 'submitTransaction');
    const bodies = Array.from({ length: 300 }, (_, n) =>
      Buffer.from(JSON.stringify({ n, text: 'x'.repeat(3000) })),
    );
    const held = await Promise.all(
      bodies.map((body) => inbox.hold({ source: 'meta', receivedAt: '2026-12-07T10:00:00.000Z', body })),
    );
    const stored = await inbox.heldBefore('2026-12-07T11:00:00.000Z');
    assert.deepEqual(stored.map((h) => h.body.toString()).sort(), bodies.map((b) => b.toString()).sort());
    assert.equal(new Set(held.map((h) => h.id)).size, 300);
    assert.ok(submit.callCount <= 30, `${submit.callCount} transactions for 300 deliveries`);
  });

  it('lets a delivery go once released, and a second release of it is no error', async () => {
    const one = await inbox.hold({
      source: 'meta',
      receivedAt: '2026-12-07T10:00:00.000Z',
      body: Buffer.from('{"a":1}'),
    });
    const two = await inbox.hold({
      source: 'meta',
      receivedAt: '2026-12-07T10:00:00.000Z',
      body: Buffer.from('{"b":2}'),
    });
    await inbox.release(one);
    await inbox.release(one);
    const left = await inbox.heldBefore('2026-12-07T11:00:00.000Z');
    assert.deepEqual(
      left.map((h) => h.id),
      [two.id],
    );
  });
});
