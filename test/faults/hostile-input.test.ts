import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

const signers: Record<string, (body: Buffer | string) => Record<string, string>> = {
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
        X_WEBHOOK: 'on',
        X_CONSUMER_SECRET: X_SECRET,
        WEBHOOK_MAX_BYTES: '65536',
      },
    });
    await t.install();
  });
  after(() => t.stop(true));

  const nothingStored = async () => {
    assert.deepEqual(await t.queue.listPending(10), []);
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

  it('raw bytes, content types and encodings at /api/messages and every webhook: a 4xx, nothing stored, no file', async () => {
    const uploadsBefore = readdirSync(tmpdir()).filter((name) => name.startsWith('upload_'));
    const routes = ['messages', ...Object.keys(signers)];
    const contentType = fc.constantFrom(
      undefined,
      'application/json',
      'application/json; charset=utf-8',
      'text/plain',
      'multipart/form-data; boundary=----x',
      'application/x-www-form-urlencoded',
      'application/octet-stream',
      'application/json, text/plain',
    );
    const encoding = fc.constantFrom(
      undefined,
      'gzip',
      'deflate',
      'br',
      'identity',
      'gzip, identity',
      'x-custom',
    );
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 2000 }),
      fc.string({ maxLength: 300 }).map((text) => new TextEncoder().encode(text)),
      fc.constantFrom(
        new TextEncoder().encode(
          '------x\r\nContent-Disposition: form-data; name="f"; filename="a"\r\n\r\nAAAA\r\n------x--',
        ),
        new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03]),
        new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]),
        new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]),
      ),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        bytes,
        contentType,
        encoding,
        async (route, body, type, enc) => {
          const headers: Record<string, string> = {};
          if (type) headers['Content-Type'] = type;
          if (enc) headers['Content-Encoding'] = enc;
          if (route !== 'messages') Object.assign(headers, signers[route]?.(Buffer.from(body)));
          const path = route === 'messages' ? '/api/messages' : `/api/webhooks/${route}`;
          const response = await fetch(`${t.url}${path}`, { method: 'POST', headers, body });
          await response.arrayBuffer();
          assert.ok(response.status < 500, `${route}: ${response.status}`);
          if (response.status < 400) {
            // Only a JSON object, declared as JSON and not encoded, is ever taken.
            assert.ok(
              type?.startsWith('application/json;') || type === 'application/json',
              `${route}: ${type}`,
            );
            assert.ok(!enc || enc === 'identity', `${route}: ${enc}`);
            const parsed: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
            assert.ok(typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed));
          }
        },
      ),
      { numRuns: RUNS },
    );
    await nothingStored();
    assert.equal((await fetch(`${t.url}/healthz`)).status, 200);
    assert.deepEqual(
      readdirSync(tmpdir()).filter((name) => name.startsWith('upload_')),
      uploadsBefore,
      'no upload left in the temp folder',
    );
  });

  it('card clicks with forged, type-confused or oversized data change nothing and always answer with a card', async () => {
    await t.postMeta(fixtureBytes('facebook-feed-comment-add.json'));
    await eventually(() => assert.equal(t.connector.newThreads().length, 1));
    // Once the card is recorded as posted, nothing but a click may change the comment.
    const before = await eventually(async () => {
      const stored = await t.store.get({
        platform: 'facebook',
        commentId: '122187654321098765_1184736291045827',
      });
      assert.ok(stored?.value.card);
      return stored;
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
