import { randomInt } from 'node:crypto';
import { loadConfig, LOCAL_DEFAULTS } from '../config';
import { signMetaBody } from '../webhooks/meta/verify-meta-signature';
import { DEMO_COMMENTS } from './demo-comments';
import { startGraphStandIn } from './graph-stand-in';

/** Meta signs the body with non-ASCII and "/" escaped; the demo sends the same bytes Meta would. */
function metaEscape(json: string): string {
  return json
    .replace(/\//g, '\\/')
    .replace(/[\u007f-\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

/**
 * `npm run demo`: starts the local Graph API stand-in (where replies from the cards land) and sends a few signed
 * Facebook comment webhooks to the running bot. Keeps running so the replies can be seen; Ctrl-C ends it.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const botUrl = process.env.BOT_URL ?? `http://127.0.0.1:${config.port}`;
  const graphPort = Number(new URL(config.meta.graphUrl).port || 80);
  const graph = await startGraphStandIn(graphPort, (request) => {
    console.log(
      `\nGraph API stand-in: reply to ${request.path.split('/')[2]} published:\n${String(request.body.message)}\n`,
    );
  });
  console.log(`Graph API stand-in listening on ${graph.url}`);
  const pageId = config.accounts.find((a) => a.platform === 'facebook')?.id ?? LOCAL_DEFAULTS.account.id;
  const now = Math.floor(Date.now() / 1000);
  for (const [index, demo] of DEMO_COMMENTS.entries()) {
    const postId = `${pageId}_${randomInt(1e13, 9e13)}`;
    const commentId = `${postId.split('_')[1]}_${randomInt(1e13, 9e13)}`;
    const body = metaEscape(
      JSON.stringify({
        object: 'page',
        entry: [
          {
            id: pageId,
            time: now,
            changes: [
              {
                field: 'feed',
                value: {
                  from: { id: String(randomInt(1e13, 9e13)), name: demo.author },
                  post: {
                    status_type: 'added_photos',
                    is_published: true,
                    permalink_url: `https://www.facebook.com/malmostad/posts/${postId.split('_')[1]}`,
                    id: postId,
                  },
                  message: demo.text,
                  post_id: postId,
                  comment_id: commentId,
                  created_time: now - 60 * (index + 1) * 7,
                  item: 'comment',
                  parent_id: postId,
                  verb: 'add',
                },
              },
            ],
          },
        ],
      }),
    );
    const response = await fetch(`${botUrl}/api/webhooks/meta`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Hub-Signature-256': signMetaBody(body, config.meta.appSecret),
      },
      body,
    });
    console.log(`Comment ${index + 1} from ${demo.author}: bot answered ${response.status}`);
  }
  console.log(
    '\nThe cards are in the General channel. Replies sent from the cards appear here. Ctrl-C ends the demo.',
  );
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
