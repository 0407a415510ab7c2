import assert from 'node:assert/strict';
import { metaCommentDelivery } from '../../bot/demo/meta-comment-delivery';
import { eventually } from '../support/eventually';
import { ALEX } from '../support/teams-activities';
import { startTestApp, type TestApp } from '../support/test-app';

describe('webhook gates', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp({
      env: {
        ACCOUNTS_FILE: 'test/fixtures/accounts-all.json',
        LINKEDIN_CLIENT_SECRET: 'gate-linkedin-secret',
        X_WEBHOOK: 'on',
        X_CONSUMER_SECRET: 'gate-x-secret',
      },
    });
    await t.install();
  });
  after(() => t.stop(true));

  it('drops events for an account that is not in the accounts file, and tells each admin once', async () => {
    for (let i = 0; i < 3; i += 1) {
      const { body } = metaCommentDelivery({
        pageId: '999000111222333',
        postId: '999000111222333_1',
        author: 'Någon',
        text: `En kommentar till en annan sida (${i})`,
        writtenAt: Math.floor(Date.now() / 1000),
      });
      assert.equal((await t.postMeta(body)).status, 200, 'acknowledged: Meta need not send it again');
    }
    assert.deepEqual(await t.queue.listPending(10), [], 'nothing stored');
    await eventually(() => assert.equal(t.connector.personalMessages().length, 1));
    const [notice] = t.connector.personalMessages();
    assert.equal(notice?.memberId, ALEX.aadObjectId);
    assert.match(notice?.text ?? '', /kontot 999000111222333, som inte finns i Svarsvaktens kontolista/);
    const dropped = t.logs.filter((line) => line.includes('"event":"webhook.account_unknown"'));
    assert.equal(dropped.length, 3, 'each drop is counted in the log');
    assert.ok(
      dropped.every((line) => !line.includes('En kommentar')),
      'without the text',
    );
    await t.app.outbox.sweep();
    assert.equal(t.connector.newThreads().length, 0);
    assert.equal(t.connector.personalMessages().length, 1, 'told once');
  });

  it('tells an admin who reads Teams in English in English', async () => {
    assert.match(await t.say(ALEX, 'hjälp', [], '', 'en-GB'), /I am Svarsvakten/);
    const before = t.connector.personalMessages().length;
    const { body } = metaCommentDelivery({
      pageId: '999000111222444',
      postId: '999000111222444_1',
      author: 'Någon',
      text: 'En kommentar till ännu en sida',
      writtenAt: Math.floor(Date.now() / 1000),
    });
    assert.equal((await t.postMeta(body)).status, 200);
    await eventually(() => assert.equal(t.connector.personalMessages().length, before + 1));
    const notice = t.connector.personalMessages().at(-1);
    assert.equal(notice?.memberId, ALEX.aadObjectId);
    assert.match(
      notice?.text ?? '',
      /^Facebook sends events for the account 999000111222444, which is not in Svarsvakten’s list of accounts\./,
    );
  });

  it('answers a handshake with a repeated crc_token or challengeCode 400, not an error', async () => {
    const token = '9b4507b3-9040-4669-9ca3-6b94edb50553';
    assert.equal((await fetch(`${t.url}/api/webhooks/x?crc_token=${token}&crc_token=${token}`)).status, 400);
    assert.equal((await fetch(`${t.url}/api/webhooks/x?crc_token=${token}`)).status, 200);
    const code = '7a3e5c1b-9f2d-4e8a-b6c0-d4f1e2a39b57';
    assert.equal(
      (await fetch(`${t.url}/api/webhooks/linkedin?challengeCode=${code}&challengeCode=${code}`)).status,
      400,
    );
    assert.equal((await fetch(`${t.url}/api/webhooks/linkedin?challengeCode=${code}`)).status, 200);
  });
});
