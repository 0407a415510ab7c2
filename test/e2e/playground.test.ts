import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { Locator } from 'playwright-core';
import { metaCommentDelivery } from '../../bot/demo/meta-comment-delivery';
import { signMetaBody } from '../../bot/webhooks/meta/verify-meta-signature';
import { cardText } from '../support/card-text';
import { eventually } from '../support/eventually';
import { startE2EStack, type E2EStack } from './e2e-stack';

const COMMENT_TEXT =
  'Hej! Varför är cykelbanan på Amiralsgatan avstängd igen? Jag cyklar där varje dag till jobbet.';
const REPLY_TEXT =
  'Hej Karin! Cykelbanan stängs av för ledningsarbete till och med fredag. Omledningen är skyltad via Föreningsgatan.';

/**
 * Svarsvakten in a Teams client it did not write: Microsoft's Agents Playground renders the cards with Teams'
 * Adaptive Card renderer and sends the same invokes Teams does. Each flow asserts what a person sees on screen.
 */
describe('in the Microsoft 365 Agents Playground', function () {
  this.timeout(180000);
  let stack: E2EStack;
  let commentId: string;

  const card = (): Locator => stack.page.locator('.ac-adaptiveCard', { hasText: 'Karin Berg' }).first();

  before(async () => {
    stack = await startE2EStack();
    await stack.page.goto(stack.playground.url);
    await stack.page.getByText('General', { exact: true }).click();
    await eventually(async () => assert.equal((await stack.installations.listActive()).length, 1), 20000);
  });

  after(async () => {
    await stack?.stop();
  });

  it('1. a signed comment webhook shows up as a new post in the General channel, with the comment text', async () => {
    const delivery = metaCommentDelivery({
      pageId: stack.config.accounts[0]?.id ?? '',
      author: 'Karin Berg',
      text: COMMENT_TEXT,
      writtenAt: Math.floor(Date.now() / 1000) - 600,
    });
    commentId = delivery.commentId;
    const response = await fetch(`${stack.app.url}/api/webhooks/meta`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Hub-Signature-256': signMetaBody(delivery.body, stack.config.meta.appSecret),
      },
      body: delivery.body,
    });
    assert.equal(response.status, 200);
    await card().waitFor({ timeout: 15000 });
    const shown = await card().innerText();
    assert.match(shown, /Karin Berg/);
    assert.match(shown, /Varför är cykelbanan på Amiralsgatan avstängd igen\?/);
    assert.match(shown, /Malmö stad/);
    assert.match(shown, /Ny – ingen har tagit den/);
    await stack.screenshot('01-card-posted');
  });

  it('2. Ta shows the claimer as holder; a second person’s Ta is refused, naming the holder', async () => {
    await card().getByRole('button', { name: 'Ta', exact: true }).click();
    await card().getByText('Tagen av Alex Wilber').waitFor({ timeout: 10000 });
    await stack.screenshot('02-claimed-by-alex');

    // The Playground has one signed-in user and no way to switch, so the second person's click is the invoke
    // Teams would send for Megan Bowen, sent to the bot with the Playground as its connector.
    const installation = (await stack.installations.listActive())[0];
    const posted = (await stack.comments.get({ platform: 'facebook', commentId }))?.value.card;
    assert.ok(installation && posted);
    const invoke = {
      type: 'invoke',
      name: 'adaptiveCard/action',
      id: randomUUID(),
      channelId: 'msteams',
      serviceUrl: installation.serviceUrl,
      from: { id: 'user-id-1', name: 'Megan Bowen', aadObjectId: '00000000-0000-0000-0000-0000000000021' },
      recipient: { id: installation.botId, name: 'Svarsvakten' },
      conversation: {
        id: `${posted.channelId};messageid=${posted.activityId}`,
        conversationType: 'channel',
        isGroup: true,
        tenantId: installation.tenantId,
      },
      channelData: {
        team: { id: installation.teamId },
        channel: { id: posted.channelId },
        tenant: { id: installation.tenantId },
      },
      replyToId: posted.activityId,
      value: {
        action: { type: 'Action.Execute', verb: 'claim', data: { commentKey: `facebook:${commentId}` } },
        trigger: 'manual',
      },
    };
    const response = await fetch(`${stack.app.url}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(invoke),
    });
    const answer = (await response.json()) as { value: unknown };
    assert.match(cardText(answer.value), /Alex Wilber har redan tagit den här kommentaren/);
    assert.equal(
      (await stack.comments.get({ platform: 'facebook', commentId }))?.value.holder?.name,
      'Alex Wilber',
    );
    assert.match(await card().innerText(), /Tagen av Alex Wilber/);
  });

  it('3. a reply typed into the card reaches the platform signed with the first name; the card says answered and by whom', async () => {
    await card().getByRole('textbox').fill(REPLY_TEXT);
    await card().getByRole('button', { name: 'Skicka svar' }).click();
    await card().getByText('Besvarad av Alex').waitFor({ timeout: 15000 });
    const [request] = stack.graph.requests;
    assert.equal(request?.path, `/v24.0/${commentId}/comments`);
    assert.equal(request?.body.message, `${REPLY_TEXT}\n/Alex`);
    const shown = await card().innerText();
    assert.match(shown, /Svar från Alex/);
    assert.match(shown, /Omledningen är skyltad via Föreningsgatan/);
    await stack.screenshot('03-answered');
  });
});
