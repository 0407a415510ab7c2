import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { startFakeBotConnector, type FakeBotConnector } from '../fakes/bot-connector';
import { startTeamsGraph, type TeamsGraphStandIn } from '../fakes/teams-graph';
import { eventually } from '../support/eventually';
import { feedFixture } from '../support/feed-delivery';
import { ALEX, TENANT_ID } from '../support/teams-activities';
import { fixtureBytes, startTestApp, type TestApp } from '../support/test-app';
import { FIXTURE_COMMENT, FIXTURE_KEY } from '../support/with-comment-card';

const REGISTRY = 'registrator@malmo.se';
const GATEWAY_FAILED = { status: 502, body: { error: { code: 'BadGateway', message: 'Bad gateway' } } };

describe('Microsoft Graph as the tab’s app (GRAPH_ACCESS)', () => {
  let connector: FakeBotConnector;
  let graph: TeamsGraphStandIn;
  let t: TestApp;

  before(async () => {
    connector = await startFakeBotConnector();
    graph = await startTeamsGraph(connector);
    t = await startTestApp({
      connector,
      env: {
        GRAPH_ACCESS: 'secret',
        TAB_APP_ID: graph.appId,
        TAB_APP_SECRET: graph.appSecret,
        GRAPH_URL: graph.url,
        ENTRA_LOGIN_URL: graph.url,
        REGISTRY_MAIL_TO: REGISTRY,
        REGISTRY_MAIL_FROM: graph.mailbox,
      },
    });
    await t.install();
  });
  after(async () => {
    await t.stop(true);
    await graph.close();
  });

  it('keeps the card Teams posted before answering 502, and posts no second one', async () => {
    connector.script.push({ ...GATEWAY_FAILED, carriedOut: true });
    await t.postMeta(fixtureBytes('facebook-feed-comment-add.json'));
    const card = await eventually(async () => {
      const posted = (await t.store.get(FIXTURE_COMMENT))?.value.card;
      assert.ok(posted, 'the card is recorded');
      return posted;
    }, 30_000);
    const threads = connector.newThreads();
    assert.equal(threads.length, 1, 'one card in the channel');
    assert.equal(card.activityId, threads[0]?.postedId, 'the card Teams had posted is the one recorded');
    assert.ok(
      graph.requests.some((r) => r.method === 'GET' && r.path.endsWith('/messages') && r.status === 200),
      'the channel was looked at',
    );
    assert.deepEqual(graph.tokenRequests, [
      { tenant: TENANT_ID, clientId: graph.appId, secret: graph.appSecret },
    ]);
  });

  it('posts the card when Teams did not take it, once Graph can be asked, and never while it cannot', async () => {
    graph.failWith = 503;
    connector.script.push(GATEWAY_FAILED);
    const before = connector.newThreads().length;
    await t.postMeta(
      feedFixture('facebook-feed-comment-add.json', { comment_id: '104729384756102_5550001' }),
    );
    // The paced poster tries again after about 1, 2 and 4 seconds: each time it looks, and each time it waits.
    await eventually(
      () => assert.ok(graph.requests.filter((r) => r.status === 503).length >= 2, 'looked twice'),
      30_000,
    );
    assert.equal(connector.newThreads().length, before, 'not posted while Graph cannot tell');
    graph.failWith = undefined;
    await eventually(() => assert.equal(connector.newThreads().length, before + 1), 30_000);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.equal(connector.newThreads().length, before + 1, 'posted once');
  });

  it('sends a case closed with its Platina reference to the registry as its PDF, kept in the history', async () => {
    const card = (await t.store.get(FIXTURE_COMMENT))?.value.card?.activityId ?? '';
    await t.click(ALEX, card, 'claim', FIXTURE_KEY);
    await t.click(ALEX, card, 'open_case', FIXTURE_KEY);
    await t.click(ALEX, card, 'close_case', { ...FIXTURE_KEY, platinaRef: 'KS-2026-04711' });
    const mail = await eventually(() => {
      assert.equal(graph.mails.length, 1);
      return graph.mails[0]!;
    }, 15_000);
    assert.equal(mail.from, graph.mailbox);
    assert.deepEqual(
      mail.message.toRecipients.map((r) => r.emailAddress.address),
      [REGISTRY],
    );
    assert.match(mail.message.subject, /^Ärende KS-2026-04711: /);
    const file = mail.message.attachments[0];
    assert.equal(file?.['@odata.type'], '#microsoft.graph.fileAttachment');
    assert.equal(file?.contentType, 'application/pdf');
    const pdf = Buffer.from(file?.contentBytes ?? '', 'base64');
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    const sha = createHash('sha256').update(pdf).digest('hex');
    await eventually(async () => {
      const history = await t.store.listHistory(FIXTURE_COMMENT);
      assert.deepEqual(
        history.filter((h) => h.action === 'sent_to_registry').map((h) => h.detail),
        [`${REGISTRY} SHA-256 ${sha}`],
      );
    });
  });
});
