import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { linkedInAnswerFromFixture, startFakeLinkedInApi, type FakeLinkedInApi } from '../fakes/linkedin-api';
import { cardOf, cardText } from '../support/card-text';
import { eventually } from '../support/eventually';
import { ALEX } from '../support/teams-activities';
import { FIXTURES, fixtureBytes, startTestApp, type TestApp } from '../support/test-app';

const deliveries = JSON.parse(readFileSync(path.join(FIXTURES, 'webhook-deliveries.json'), 'utf8')) as {
  test_secrets: Record<string, string>;
  deliveries: Record<string, { headers: Record<string, string> }>;
};
const SECRET = deliveries.test_secrets.LI_CLIENT_SECRET ?? '';
const COMMENT = 'urn:li:comment:(urn:li:activity:7525497411995701893,7526256065118706662)';
const KEY = { commentKey: `linkedin:${COMMENT}` };
const TOKEN = 'test-linkedin-token';

describe('LinkedIn organization comments', () => {
  let t: TestApp;
  let api: FakeLinkedInApi;

  beforeEach(async () => {
    api = await startFakeLinkedInApi();
    t = await startTestApp({
      env: {
        ACCOUNTS_FILE: 'test/fixtures/accounts-all.json',
        LINKEDIN_CLIENT_SECRET: SECRET,
        LINKEDIN_API_URL: api.url,
        LINKEDIN_TOKEN_10485736: TOKEN,
      },
    });
    await t.install();
  });
  afterEach(async () => {
    await t.stop(true);
    await api.close();
  });

  const post = (file: string, signature?: string) =>
    fetch(`${t.url}/api/webhooks/linkedin`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-LI-Signature': signature ?? deliveries.deliveries[file]?.headers['X-LI-Signature'] ?? '',
      },
      body: new Uint8Array(fixtureBytes(file)),
    });

  it('answers the validation challenge with the HMAC LinkedIn expects', async () => {
    const exchange = JSON.parse(fixtureBytes('linkedin-webhook-validation.json').toString('utf8')) as {
      request: { query: { challengeCode: string } };
      expected_response: { body: unknown };
    };
    const response = await fetch(
      `${t.url}/api/webhooks/linkedin?challengeCode=${exchange.request.query.challengeCode}`,
    );
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), exchange.expected_response.body);
  });

  it('makes a card of a comment on the organization’s post, with the post’s first words', async () => {
    assert.equal((await post('linkedin-comment-notification.json')).status, 200);
    const [thread] = await eventually(() => {
      assert.equal(t.connector.newThreads().length, 1);
      return t.connector.newThreads();
    });
    const text = cardText(cardOf(thread?.body ?? {}));
    assert.match(text, /LinkedIn · Norrvik – jobba hos oss/);
    assert.match(text, /Finns det möjlighet till deltid/);
    assert.match(text, /På inlägget: Vi söker förskollärare/);
    assert.ok(
      JSON.stringify(cardOf(thread?.body ?? {})).includes(
        '"url":"https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7525497411995701893"',
      ),
      'the post link, built from the validated post URN',
    );
  });

  it('refuses a wrong signature with 401 and stores nothing', async () => {
    assert.equal((await post('linkedin-comment-notification.json', 'ab'.repeat(32))).status, 401);
    await t.app.outbox.sweep();
    assert.equal(t.connector.newThreads().length, 0);
  });

  it('skips the organization’s own comments and likes, applies edits and deletions', async () => {
    await post('linkedin-comment-notification.json');
    await eventually(() => assert.equal(t.connector.newThreads().length, 1));
    await post('linkedin-notifications-batched.json');
    await eventually(() =>
      assert.match(
        cardText(cardOf(t.connector.updatesOf('activity-1').at(-1)?.body ?? {})),
        /Edit: Jag har skickat in min ansökan nu/,
      ),
    );
    await t.app.outbox.sweep();
    assert.equal(t.connector.newThreads().length, 1);
  });

  it('replies as the organization, nested under the comment, with the versioned headers', async () => {
    await post('linkedin-comment-notification.json');
    await eventually(() => assert.equal(t.connector.newThreads().length, 1));
    await t.click(ALEX, 'activity-1', 'claim', KEY);
    const card = await t.click(ALEX, 'activity-1', 'reply', { ...KEY, draft: 'Hej! Ja, 80 % går bra.' });
    const [request] = api.requests;
    assert.equal(request?.path, `/rest/socialActions/${COMMENT}/comments`);
    assert.equal(request?.headers.authorization, `Bearer ${TOKEN}`);
    assert.equal(request?.headers['linkedin-version'], '202611');
    assert.deepEqual(request?.body, {
      actor: 'urn:li:organization:10485736',
      object: 'urn:li:activity:7525497411995701893',
      parentComment: COMMENT,
      message: { text: 'Hej! Ja, 80 % går bra.\n/Alex' },
    });
    assert.match(cardText(card), /Besvarad av Alex/);
  });

  it('says in Swedish when the token is revoked, keeping the draft', async () => {
    await post('linkedin-comment-notification.json');
    await eventually(() => assert.equal(t.connector.newThreads().length, 1));
    await t.click(ALEX, 'activity-1', 'claim', KEY);
    api.script.push(linkedInAnswerFromFixture('linkedin-error-401-expired-token.json'));
    const revoked = await t.click(ALEX, 'activity-1', 'reply', { ...KEY, draft: 'Hej!' });
    assert.match(cardText(revoked), /kontot behöver anslutas igen/);
    assert.match(cardText(revoked), /Ditt utkast finns kvar/);
    assert.ok(cardText(revoked).includes('Hej!'));
  });

  it('says in Swedish when LinkedIn throttles, keeping the draft', async () => {
    await post('linkedin-comment-notification.json');
    await eventually(() => assert.equal(t.connector.newThreads().length, 1));
    await t.click(ALEX, 'activity-1', 'claim', KEY);
    const throttle = linkedInAnswerFromFixture('linkedin-error-429.json');
    api.script.push(throttle, throttle, throttle);
    const throttled = await t.click(ALEX, 'activity-1', 'reply', { ...KEY, draft: 'Hej!' });
    assert.match(cardText(throttled), /tar inte emot fler anrop just nu/);
    assert.match(cardText(throttled), /Ditt utkast finns kvar/);
  });

  it('reads back comments whose notifications never came: one card each, and the organization’s answer closes its comment', async () => {
    assert.equal((await post('linkedin-comment-notification.json')).status, 200);
    await eventually(() => assert.equal(t.connector.newThreads().length, 1));
    const share = 'urn:li:share:7525497412007252861';
    const activity = 'urn:li:activity:7525497411995701893';
    // Within the read-back's first look (the overlap before now), on the app's own clock.
    const written = Date.now() - 8 * 60_000;
    api.posts.push({
      id: share,
      author: 'urn:li:organization:10485736',
      commentary: 'Vi söker förskollärare till Tallmons förskola!',
      createdAt: written - 86_400_000,
      lastModifiedAt: written - 86_400_000,
    });
    const comment = (id: string, actor: string, text: string, minutes: number, parent?: string) => ({
      $URN: `urn:li:comment:(${activity},${id})`,
      actor,
      object: activity,
      message: { text },
      created: { actor, time: written + minutes * 60_000 },
      ...(parent ? { parentComment: parent } : {}),
    });
    api.comments.set(share, [
      {
        ...comment('7526256065118706662', 'urn:li:person:zLq8TyBp3S', 'Finns det möjlighet till deltid?', 0),
        commentsSummary: { aggregatedTotalComments: 1 },
      },
      comment('7526256065118706700', 'urn:li:person:Pq7rS2', 'Hur lång är introduktionen?', 3),
    ]);
    api.comments.set(COMMENT, [
      comment(
        '7526256065118706800',
        'urn:li:organization:10485736',
        'Hej! Ja, 80 % går bra. /Eva',
        8,
        COMMENT,
      ),
    ]);
    await t.app.pollers.linkedin.poll();
    await eventually(() => assert.equal(t.connector.newThreads().length, 2));
    const missed = await t.store.get({
      platform: 'linkedin',
      commentId: `urn:li:comment:(${activity},7526256065118706700)`,
    });
    assert.equal(missed?.value.writtenAt, new Date(written + 3 * 60_000).toISOString());
    assert.equal((await t.store.get({ platform: 'linkedin', commentId: COMMENT }))?.value.state, 'answered');
    await t.app.pollers.linkedin.poll();
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(t.connector.newThreads().length, 2);
  });
});
