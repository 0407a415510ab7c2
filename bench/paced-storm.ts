import { metaCommentDelivery } from '../bot/demo/meta-comment-delivery';
import { stopChild } from '../bot/local/azurite';
import { signMetaBody } from '../bot/webhooks/meta/verify-meta-signature';
import { startFakeBotConnector } from '../test/fakes/bot-connector';
import { freePort } from '../test/support/free-port';
import { installationAdded } from '../test/support/teams-activities';
import { round, SECRET, startBot } from './bench-process';

const PAGE = '180001234567890';
const STORM = 120;

/** 120 comments at once into one channel with Teams' limits on: how fast they all arrive, and the most per window. */
export async function pacedStorm(connection: string, prefix: string) {
  const port = await freePort();
  const bot = await startBot(port, connection, prefix, { TEAMS_PACING: 'on', STORM_THRESHOLD: '0' });
  const connector = await startFakeBotConnector();
  await fetch(`http://127.0.0.1:${port}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(installationAdded(connector.url)),
  });
  const writtenAt = Math.floor(Date.now() / 1000) - 60;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: STORM }, (_, i) => {
      const { body } = metaCommentDelivery({ pageId: PAGE, author: `Storm ${i}`, text: 'x', writtenAt });
      return fetch(`http://127.0.0.1:${port}/api/webhooks/meta`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Hub-Signature-256': signMetaBody(body, SECRET) },
        body,
      }).then((r) => r.arrayBuffer());
    }),
  );
  while (connector.newThreads().length < STORM && Date.now() - started < 120_000)
    await new Promise((r) => setTimeout(r, 50));
  const times = connector.newThreads().map((t) => t.at);
  const most = (windowMs: number) =>
    Math.max(...times.map((at) => times.filter((t) => t > at - windowMs && t <= at).length));
  await stopChild(bot);
  await connector.close();
  return {
    cards: STORM,
    posted: times.length,
    allPostedAfterMs: round(Math.max(...times) - started),
    mostIn1s: most(1000),
    mostIn30s: most(30_000),
  };
}
