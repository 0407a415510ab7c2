import assert from 'node:assert/strict';
import fc from 'fast-check';
import { signMetaBody } from '../../bot/webhooks/meta/verify-meta-signature';
import { signLinkedInBody } from '../../bot/webhooks/linkedin/verify-linkedin-signature';
import { signXBody } from '../../bot/webhooks/x/verify-x-signature';
import { eventually } from '../support/eventually';
import { ALEX, ISAIAH, cardClick } from '../support/teams-activities';
import { fixtureBytes, META_APP_SECRET, startTestApp, type TestApp } from '../support/test-app';

const LINKEDIN_SECRET = 'hostile-linkedin-secret';
const X_SECRET = 'hostile-x-secret';
const RUNS = Number(process.env.HOSTILE_RUNS ?? 1000);

/** Payloads as an attacker or a broken client would send them: garbage, wrong types, prototype tricks, huge. */
const hostileBody = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
  fc.constantFrom(
    '{"__proto__":{"polluted":true},"object":"page","entry":[]}',
    '{"constructor":{"prototype":{"polluted":true}}}',
    '{"object":"page","entry":[{"id":1,"changes":[{"field":"feed","value":{"item":"comment","verb":"add","comment_id":{"$ne":1}}}]}]}',
    '{"object":"instagram","entry":[{"changes":"nope"}]}',
    '{"notifications":[{"action":"COMMENT","decoratedGeneratedActivity":{"comment":[]}}]}',
    '{"for_user_id":5,"tweet_create_events":[null,1,"x",{"user":[]}]}',
    '[]',
    'null',
  ),
  fc.string({ minLength: 1, maxLength: 10 }).map((s) => s.repeat(200_000)),
);

const signers: Record<string, (body: string) => Record<string, string>> = {
  meta: (body) => ({ 'X-Hub-Signature-256': signMetaBody(body, META_APP_SECRET) }),
  linkedin: (body) => ({ 'X-LI-Signature': signLinkedInBody(body, LINKEDIN_SECRET) }),
  x: (body) => ({ 'X-Twitter-Webhooks-Signature': signXBody(body, X_SECRET) }),
};

describe('hostile input', function () {
  this.timeout(300_000);
  let t: TestApp;

  before(async () => {
    t = await startTestApp({
      env: {
        ACCOUNTS_FILE: 'test/fixtures/accounts-all.json',
        LINKEDIN_CLIENT_SECRET: LINKEDIN_SECRET,
        X_CONSUMER_SECRET: X_SECRET,
        WEBHOOK_MAX_BYTES: '65536',
      },
    });
    await t.install();
  });
  after(() => t.stop(true));

  const nothingStored = async () => {
    assert.deepEqual(await t.store.listUnposted(10), []);
    assert.equal(t.connector.newThreads().length, 0);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  };

  for (const platform of Object.keys(signers)) {
    it(`${platform}: malformed, oversized, unsigned or wrongly signed payloads get a 4xx; nothing is stored`, async () => {
      await fc.assert(
        fc.asyncProperty(hostileBody, fc.constantFrom('none', 'wrong', 'right'), async (body, signing) => {
          const headers: Record<string, string> = { 'Content-Type': 'application/json' };
          if (signing !== 'none') {
            const signed = signers[platform]?.(signing === 'right' ? body : `${body} `) ?? {};
            Object.assign(headers, signed);
          }
          const response = await fetch(`${t.url}/api/webhooks/${platform}`, {
            method: 'POST',
            headers,
            body,
          });
          await response.arrayBuffer();
          if (signing !== 'right' || body.length > 65536) {
            assert.ok(response.status >= 400 && response.status < 500, `status ${response.status}`);
          } else {
            // Signed and small: JSON that does not parse is a 400; JSON of the wrong shape is acknowledged and ignored.
            assert.ok([200, 400].includes(response.status), `status ${response.status}`);
          }
        }),
        { numRuns: RUNS },
      );
      await nothingStored();
      assert.equal((await fetch(`${t.url}/healthz`)).status, 200);
    });
  }

  it('card clicks with forged, type-confused or oversized data change nothing and always answer with a card', async () => {
    await t.postMeta(fixtureBytes('facebook-feed-comment-add.json'));
    await eventually(() => assert.equal(t.connector.newThreads().length, 1));
    const before = await t.store.get({
      platform: 'facebook',
      commentId: '122187654321098765_1184736291045827',
    });
    const data = fc.dictionary(
      fc.constantFrom(
        'commentKey',
        'replyText',
        'draft',
        'platinaRef',
        'noReplyReason',
        'moderationReason',
        'removeConfirm',
        '__proto__',
      ),
      fc.oneof(
        fc.string({ maxLength: 50 }),
        fc.integer(),
        fc.constant(null),
        fc.array(fc.string()),
        fc.constant('facebook:../../etc'),
        fc.constant('x'.repeat(100_000)),
      ),
    );
    const verb = fc.constantFrom(
      'claim',
      'reply',
      'hide',
      'remove',
      'close_case',
      'no_reply',
      'unknown',
      '',
      'constructor',
      '__proto__',
    );
    await fc.assert(
      fc.asyncProperty(verb, data, async (v, d) => {
        const response = await t.postActivity(cardClick(t.connector.url, ISAIAH, 'activity-1', v, d));
        // An activity over the size limit is refused whole (413); anything else is answered with a card.
        if (response.status === 413) return;
        assert.equal(response.status, 200);
        const body = (await response.json()) as { value: { type: string } };
        assert.equal(body.value.type, 'AdaptiveCard');
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
    const after = await t.store.get({
      platform: 'facebook',
      commentId: '122187654321098765_1184736291045827',
    });
    assert.equal(after?.etag, before?.etag);
    assert.equal(t.graph.requests.length, 0);
    const mine = await t.click(ALEX, 'activity-1', 'claim', {
      commentKey: 'facebook:122187654321098765_1184736291045827',
    });
    assert.equal(mine.type, 'AdaptiveCard');
  });
});
