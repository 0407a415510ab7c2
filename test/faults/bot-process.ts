import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { metaCommentDelivery } from '../../bot/demo/meta-comment-delivery';
import { signMetaBody } from '../../bot/webhooks/meta/verify-meta-signature';
import { cardOf, cardText } from '../support/card-text';
import { eventually } from '../support/eventually';
import type { FakeBotConnector } from '../fakes/bot-connector';
import { installationAdded } from '../support/teams-activities';

export const SECRET = 'fault-test-secret';
export const PAGE = '180001234567890';

/** The bot as its own process (npm start without the Playground), on the given storage. */
export async function startBotProcess(
  port: number,
  connectionString: string,
  tablePrefix: string,
  env: Readonly<Record<string, string>> = {},
): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bot/start.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      PLAYGROUND: 'off',
      TABLES_CONNECTION_STRING: connectionString,
      TABLE_PREFIX: tablePrefix,
      META_APP_SECRET: SECRET,
      OUTBOX_INTERVAL_MS: '200',
      INBOX_INTERVAL_MS: '1000',
      CATCHUP_INTERVAL_MS: '0',
      INTAKE_CHECK_INTERVAL_MS: '0',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: process.env.FAULT_DEBUG ? ['ignore', 'inherit', 'inherit'] : 'ignore',
  });
  await eventually(
    async () => assert.equal((await fetch(`http://127.0.0.1:${port}/readyz`)).status, 200),
    20_000,
  );
  return child;
}

/** Adds the app to the team, as Teams would tell the bot. */
export async function install(port: number, connector: FakeBotConnector): Promise<void> {
  const response = await fetch(`http://127.0.0.1:${port}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(installationAdded(connector.url)),
  });
  assert.ok(response.status < 300, `installation answered ${response.status}`);
}

/** A Meta delivery of a new comment by `author`; resend the same body to retry it, as Meta does. */
export function commentDelivery(author: string, writtenAt: number): string {
  return metaCommentDelivery({ pageId: PAGE, author, text: `Fråga från ${author}`, writtenAt }).body;
}

/** Sends a delivery signed with the app secret; the status, or undefined when the connection failed. */
export async function deliver(port: number, body: string): Promise<number | undefined> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/webhooks/meta`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Hub-Signature-256': signMetaBody(body, SECRET) },
      body,
    });
    return response.status;
  } catch {
    return undefined;
  }
}

/** Delivers as Meta does: a 503 (load shed) is delivered again, a second later (the tests' Retry-After), until answered. */
export async function deliverUntilAnswered(port: number, body: string): Promise<number | undefined> {
  for (let attempt = 0; attempt < 60; attempt += 1) {
    const status = await deliver(port, body);
    if (status !== 503) return status;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return 503;
}

/** Who each new thread in the channel is about ("Boende 12"), as many times as it was posted. */
export function cardsPerAuthor(connector: FakeBotConnector): Map<string, number[]> {
  const posts = new Map<string, number[]>();
  for (const thread of connector.newThreads()) {
    const author = /(Boende \d+) skrev/.exec(cardText(cardOf(thread.body)))?.[1] ?? '';
    posts.set(author, [...(posts.get(author) ?? []), thread.at]);
  }
  return posts;
}
