import { loadConfig } from '../config/load-config';
import { LOCAL_DEFAULTS } from '../config/local-defaults';
import { signMetaBody } from '../webhooks/meta/verify-meta-signature';
import { DEMO_COMMENTS } from './demo-comments';
import { startGraphStandIn } from './graph-stand-in';
import { metaCommentDelivery } from './meta-comment-delivery';

/**
 * `npm run demo`: starts the local Graph API stand-in (where replies from the cards land) and sends a few signed
 * Facebook comment webhooks to the running bot. Keeps running so the replies can be seen; Ctrl-C ends it.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const botUrl = process.env.BOT_URL ?? `http://127.0.0.1:${config.port}`;
  const graphPort = Number(new URL(config.platforms.META_GRAPH_URL).port || 80);
  const graph = await startGraphStandIn(graphPort, (request) => {
    console.log(
      `\nGraph API stand-in: reply to ${request.path.split('/')[2]} published:\n${String(request.body.message)}\n`,
    );
  });
  console.log(`Graph API stand-in listening on ${graph.url}`);
  const pageId = config.accounts.find((a) => a.platform === 'facebook')?.id ?? LOCAL_DEFAULTS.account.id;
  const now = Math.floor(Date.now() / 1000);
  for (const [index, demo] of DEMO_COMMENTS.entries()) {
    const { body } = metaCommentDelivery({
      pageId,
      author: demo.author,
      text: demo.text,
      writtenAt: now - 420 * (index + 1),
    });
    const response = await fetch(`${botUrl}/api/webhooks/meta`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Hub-Signature-256': signMetaBody(body, config.platforms.META_APP_SECRET),
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
