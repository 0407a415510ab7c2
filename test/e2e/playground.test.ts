import assert from 'node:assert/strict';
import type { Locator } from 'playwright-core';
import { DateTime } from 'luxon';
import { planDeadlineReminders } from '../../services/domain/reminder-plan';
import { cardText } from '../support/card-text';
import { eventually } from '../support/eventually';
import { startE2EStack, type E2EStack } from './e2e-stack';
import { clickAs, MEGAN } from './invoke-as';
import { cardOf as cardOfAuthor, deliverComment } from './deliver-comment';

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

  const cardOf = (author: string): Locator => cardOfAuthor(stack, author);
  const card = (): Locator => cardOf('Karin Berg');
  const deliver = (
    author: string,
    text: string,
    reply?: { postId: string; parentId: string; byPage?: boolean },
  ): Promise<string> => deliverComment(stack, author, text, reply);

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
    commentId = await deliver('Karin Berg', COMMENT_TEXT);
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

    // Megan's Ta, sent as Teams would send it for her (the Playground signs in one user only).
    const answer = { value: await clickAs(stack, MEGAN, commentId, 'claim') };
    assert.match(cardText(answer.value), /Alex Wilber har redan tagit den här kommentaren/);
    assert.equal(
      (await stack.comments.get({ platform: 'facebook', commentId }))?.value.holder?.name,
      'Alex Wilber',
    );
    assert.match(await card().innerText(), /Tagen av Alex Wilber/);
  });

  it('3. a reply typed into the card reaches the platform signed with the first name; the card says answered and by whom', async () => {
    await card().getByRole('textbox').first().fill(REPLY_TEXT);
    await card().getByRole('button', { name: 'Förhandsgranska svar' }).click();
    await card().getByText('Förhandsvisning').waitFor({ timeout: 10000 });
    assert.match(await card().innerText(), /tecken kvar av 8000 på Facebook/);
    assert.match(await card().innerText(), /Föreningsgatan\.\s*\/Alex/);
    await stack.screenshot('03a-preview');
    assert.equal(stack.graph.requests.length, 0);
    await card().getByRole('button', { name: 'Skicka', exact: true }).click();
    await card().getByText('Besvarad av Alex').waitFor({ timeout: 15000 });
    const [request] = stack.graph.requests;
    assert.equal(request?.path, `/v24.0/${commentId}/comments`);
    assert.equal(request?.body.message, `${REPLY_TEXT}\n/Alex`);
    const shown = await card().innerText();
    assert.match(shown, /Svar från Alex/);
    assert.match(shown, /Omledningen är skyltad via Föreningsgatan/);
    await stack.screenshot('03-answered');
  });

  it('4a. "Vi har sett din kommentar" publishes the holding reply and the card says "Bekräftad – svar utlovat"', async () => {
    await deliver('Olle Nilsson', 'Hur ansöker jag om bygglov för ett plank mot gatan?');
    const olle = cardOf('Olle Nilsson');
    await olle.getByRole('button', { name: 'Ta', exact: true }).click();
    await olle.getByRole('button', { name: 'Vi har sett din kommentar' }).click();
    await olle.getByText(/Bekräftad – svar utlovat/).waitFor({ timeout: 10000 });
    const holding = stack.graph.requests.at(-1);
    assert.match(String(holding?.body.message), /^Hej Olle! Tack för din kommentar – vi har sett den/);
    assert.match(String(holding?.body.message), /\/Alex$/);
    await stack.screenshot('04a-acknowledged');
  });

  it('4b. "Kräver ärende" → handled here: a wrong Platina reference is refused, a right one closes it', async () => {
    await deliver('Sanna Ek', 'Min ansökan om försörjningsstöd har inte fått något svar på sex veckor.');
    const sanna = cardOf('Sanna Ek');
    await sanna.getByRole('button', { name: 'Ta', exact: true }).click();
    await sanna.getByRole('button', { name: 'Kräver ärende' }).click();
    await sanna.getByRole('button', { name: 'Handläggs här' }).click();
    await sanna.getByText(/Ärende – handläggs av Alex Wilber/).waitFor({ timeout: 10000 });
    await sanna.getByLabel(/Diarienummer i Platina/).fill('123');
    await sanna.getByRole('button', { name: 'Stäng ärendet' }).click();
    await sanna.getByText(/Diarienumret har fel form/).waitFor({ timeout: 10000 });
    assert.match(await sanna.innerText(), /till exempel KS-2026-01234/);
    await stack.screenshot('04b-platina-refused');
    await sanna.getByLabel(/Diarienummer i Platina/).fill('SOC-2026-00417');
    await sanna.getByRole('button', { name: 'Stäng ärendet' }).click();
    await sanna.getByText(/Ärende dokumenterat i Platina/).waitFor({ timeout: 10000 });
    assert.match(await sanna.innerText(), /SOC-2026-00417/);
    await stack.screenshot('04b-case-closed');
  });

  it('4c. "Inget svar behövs" closes the item with the reason chosen, posting nothing', async () => {
    await deliver('Mira Holm', '👍👍');
    const mira = cardOf('Mira Holm');
    const before = stack.graph.requests.length;
    await mira.getByRole('button', { name: 'Inget svar behövs' }).click();
    const reason = mira.locator('select').first();
    if ((await reason.count()) > 0) await reason.selectOption('thanks_only');
    else {
      await mira.getByRole('combobox').first().click();
      await stack.page.getByRole('option', { name: 'Bara tack eller en emoji' }).click();
    }
    await mira.getByRole('button', { name: 'Stäng utan svar' }).click();
    await mira.getByText(/Inget svar behövs \(Alex\)/).waitFor({ timeout: 10000 });
    assert.match(await mira.innerText(), /Bara tack eller en emoji/);
    assert.equal(stack.graph.requests.length, before);
    await stack.screenshot('04c-no-reply');
  });

  it('4d. "Dölj" hides the comment on Facebook with a reason, and "Återöppna" brings the item back', async () => {
    const commentId = await deliver('Troll Trollsson', 'Alla som jobbar på kommunen är idioter!!!');
    const troll = cardOf('Troll Trollsson');
    await troll.getByRole('button', { name: 'Dölj', exact: true }).click();
    const reason = troll.locator('select').first();
    if ((await reason.count()) > 0) await reason.selectOption('personangrepp');
    else {
      await troll.getByRole('combobox').first().click();
      await stack.page
        .getByRole('option', { name: 'Personangrepp eller kränkning (stadens regler)' })
        .click();
    }
    await troll.getByRole('button', { name: 'Dölj kommentaren' }).click();
    await troll.getByText(/Dold av Alex/).waitFor({ timeout: 10000 });
    assert.match(await troll.innerText(), /Dold på Facebook av Alex Wilber – Personangrepp eller kränkning/);
    const hide = stack.graph.requests.at(-1);
    assert.equal(hide?.path, `/v24.0/${commentId}`);
    assert.deepEqual(hide?.body, { is_hidden: true });
    await stack.screenshot('04d-hidden');
    await troll.getByRole('button', { name: 'Återöppna' }).click();
    await troll.getByText(/Ny – ingen har tagit den/).waitFor({ timeout: 10000 });
    assert.match(await troll.innerText(), /Alex Wilber · öppnade igen/);
    await stack.screenshot('04d-reopened');
  });

  it('5. a due reminder appears in the thread of an unclaimed comment and, for the holder, in personal chat', async () => {
    const unclaimedId = await deliver(
      'Per Holm',
      'Varför sopas inte cykelbanan på Drottninggatan? Det är fullt med löv.',
    );
    const heldId = await deliver('Eva Lund', 'När öppnar biblioteket i Rosengård igen efter renoveringen?');
    const eva = cardOf('Eva Lund');
    await eva.getByRole('button', { name: 'Ta', exact: true }).click();
    await eva.getByText('Tagen av Alex Wilber').waitFor({ timeout: 10000 });

    // Move the bot's clock to the first reminder of these comments and let the scheduler run.
    const unclaimed = (await stack.comments.get({ platform: 'facebook', commentId: unclaimedId }))?.value;
    assert.ok(unclaimed);
    const firstReminder = planDeadlineReminders(
      DateTime.fromISO(unclaimed.deadline),
      DateTime.fromISO(unclaimed.receivedAt),
    ).find((r) => r.kind === 'before_deadline');
    assert.ok(firstReminder);
    stack.clock.set(firstReminder.dueAt.plus({ minutes: 1 }));
    await stack.app.reminders.sweep();

    await stack.page
      .getByText(/Ingen har tagit Facebook-kommentaren ännu/)
      .first()
      .waitFor({ timeout: 15000 });
    // The reminder names the comment (platform, when it was written) with a button to the card; it quotes none
    // of the resident's words, which stay on the card alone.
    await stack.page
      .getByText(/Facebook, skriven /)
      .first()
      .waitFor({ timeout: 15000 });
    await stack.screenshot('05a-reminder-in-thread');
    assert.ok((await stack.comments.get({ platform: 'facebook', commentId: heldId }))?.value.holder);

    await stack.page.getByText('Personal Chat', { exact: true }).click();
    await stack.page
      .getByText(/väntar på ditt svar/)
      .first()
      .waitFor({ timeout: 15000 });
    await stack.page
      .getByText(/Facebook, skriven /)
      .first()
      .waitFor({ timeout: 15000 });
    assert.equal(
      await stack.page.getByText(/När öppnar biblioteket i Rosengård/).count(),
      0,
      'no words in 1:1',
    );
    await stack.screenshot('05b-reminder-in-personal-chat');
  });

  it('6. a reply joins the thread of the comment it answers as a card of its own; the Page’s answer turns the first card answered', async () => {
    await stack.page.getByText('General', { exact: true }).click();
    const firstId = await deliver('Lena Holm', 'Hur länge är Kungsparken avstängd för julmarknaden?');
    const first = (await stack.comments.get({ platform: 'facebook', commentId: firstId }))?.value;
    assert.ok(first);
    await deliver('Olof Ek', 'Undrar samma sak, vi brukar gå där med barnvagnen.', {
      postId: first.postId,
      parentId: firstId,
    });
    const reply = cardOf('Olof Ek');
    assert.match(await reply.innerText(), /Svarar på:[\s\S]*Hur länge är Kungsparken avstängd/);
    await cardOf('Lena Holm').getByText('1 svar i tråden, 1 obesvarad').waitFor({ timeout: 15000 });
    await stack.screenshot('06a-reply-in-thread');

    await deliver('Malmö stad', 'Hej Lena! Parken öppnar igen den 23 december. Vänliga hälsningar, Sara', {
      postId: first.postId,
      parentId: firstId,
      byPage: true,
    });
    await cardOf('Lena Holm').getByText('Besvarad på Facebook').waitFor({ timeout: 15000 });
    assert.match(await cardOf('Lena Holm').innerText(), /Parken öppnar igen den 23 december/);
    await stack.screenshot('06b-answered-on-facebook');
  });
});
