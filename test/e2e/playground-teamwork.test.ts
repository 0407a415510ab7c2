import assert from 'node:assert/strict';
import type { Locator } from 'playwright-core';
import { eventually } from '../support/eventually';
import { cardOf, deliverComment } from './deliver-comment';
import { startE2EStack, type E2EStack } from './e2e-stack';
import { clickAs, MEGAN, sayAs } from './invoke-as';

/** The Playground's signed-in user, Alex Wilber, as an admin; Sara on the trained list; Megan under training. */
const ALEX_ID = '00000000-0000-0000-0000-0000000000020';
const SARA = {
  id: 'aad-sara',
  name: 'Sara Lind',
  addedBy: 'Alex Wilber',
  addedAt: '2026-11-01T08:00:00.000Z',
};
const TRAINEE = {
  id: MEGAN.aadObjectId,
  name: MEGAN.name,
  addedBy: 'Alex Wilber',
  addedAt: '2026-11-01T08:00:00.000Z',
  role: 'trainee' as const,
};

/** Chooses in the card's choice set with that label, whether the Playground draws it as a select or a combobox. */
async function choose(stack: E2EStack, card: Locator, label: RegExp, option: string): Promise<void> {
  const field = card.getByLabel(label).first();
  if ((await field.evaluate((element) => element.tagName)) === 'SELECT') {
    await field.selectOption({ label: option });
    return;
  }
  await field.click();
  await stack.page.getByRole('option', { name: option }).click();
}

describe('teamwork in the Microsoft 365 Agents Playground', function () {
  this.timeout(180000);
  let stack: E2EStack;

  before(async () => {
    stack = await startE2EStack({ env: { ADMIN_IDS: ALEX_ID }, staff: [SARA, TRAINEE] });
    await stack.page.goto(stack.playground.url);
    await stack.page.getByText('General', { exact: true }).click();
    await eventually(async () => assert.equal((await stack.installations.listActive()).length, 1), 20000);
  });

  after(async () => {
    await stack?.stop();
  });

  it('7. Tilldela gives the comment to a colleague with a note; the card says so for everyone', async () => {
    await deliverComment(stack, 'Nils Åberg', 'Var kan jag parkera med husbil i centrum?');
    const nils = cardOf(stack, 'Nils Åberg');
    await nils.getByRole('button', { name: 'Tilldela', exact: true }).click();
    await choose(stack, nils, /Till vem\?/, 'Sara Lind');
    await nils.getByLabel(/Meddelande till kollegan/).fill('Du kan parkeringsreglerna.');
    await nils.getByRole('button', { name: 'Tilldela kommentaren' }).click();
    await nils.getByText('Tagen av Sara Lind').waitFor({ timeout: 10000 });
    assert.match(await nils.innerText(), /tilldelade: Sara Lind – Du kan parkeringsreglerna\./);
    await stack.screenshot('07-assigned');
  });

  it('8. a saved answer picked on the card fills the reply box, and is sent personalised and signed', async () => {
    const saved = await fetch(`${stack.app.url}/api/overview/answers`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        title: 'Öppettider biblioteket',
        text: 'Hej {namn}! Stadsbiblioteket har öppet 10–19 på vardagar.',
        scope: 'all',
      }),
    });
    assert.equal(saved.status, 200);
    const commentId = await deliverComment(stack, 'Ida Persson', 'Hur länge har stadsbiblioteket öppet?');
    const ida = cardOf(stack, 'Ida Persson');
    await ida.getByRole('button', { name: 'Ta', exact: true }).click();
    await ida.getByText('Tagen av Alex Wilber').waitFor({ timeout: 10000 });
    await choose(stack, ida, /Svarsmall/, 'Öppettider biblioteket');
    await ida.getByRole('button', { name: 'Använd', exact: true }).click();
    await ida.getByText(/står i svarsrutan/).waitFor({ timeout: 10000 });
    const box = ida.getByRole('textbox').first();
    assert.equal(await box.inputValue(), 'Hej Ida! Stadsbiblioteket har öppet 10–19 på vardagar.');
    await box.fill(`${await box.inputValue()} Välkommen!`);
    await ida.getByRole('button', { name: 'Förhandsgranska svar' }).click();
    await ida.getByRole('button', { name: 'Skicka', exact: true }).click();
    await ida.getByText('Besvarad av Alex').waitFor({ timeout: 15000 });
    const sent = stack.graph.requests.find((r) => r.path.includes(commentId));
    assert.equal(
      sent?.body.message,
      'Hej Ida! Stadsbiblioteket har öppet 10–19 på vardagar. Välkommen!\n/Alex',
    );
    await stack.screenshot('08-saved-answer-sent');
  });

  it('9. a trainee’s reply waits for approval on the card; the admin approves it and it is published', async () => {
    const commentId = await deliverComment(stack, 'Oskar Lind', 'När kommer snöröjningen till Limhamn?');
    const oskar = cardOf(stack, 'Oskar Lind');
    await clickAs(stack, MEGAN, commentId, 'claim');
    await clickAs(stack, MEGAN, commentId, 'reply', { draft: 'Hej Oskar! Limhamn plogas i natt.' });
    await oskar.getByText('Väntar på godkännande – svar av Megan Bowen').waitFor({ timeout: 10000 });
    assert.match(await oskar.innerText(), /Hej Oskar! Limhamn plogas i natt\.\s*\/Megan/);
    assert.equal(stack.graph.requests.filter((r) => r.path.includes(commentId)).length, 0);
    await stack.screenshot('09a-awaiting-approval');
    await oskar.getByRole('button', { name: 'Godkänn och publicera' }).click();
    await oskar.getByText('Besvarad av Megan').waitFor({ timeout: 15000 });
    const sent = stack.graph.requests.find((r) => r.path.includes(commentId));
    assert.equal(sent?.body.message, 'Hej Oskar! Limhamn plogas i natt.\n/Megan');
    assert.match(await oskar.innerText(), /Alex Wilber · godkände svaret/);
    await stack.screenshot('09b-approved');
  });

  it('10. a question to a department is answered on its card there, and the answer is used as the draft', async () => {
    // The Playground has one team: its General channel stands in for the department's channel.
    await sayAs(
      stack,
      { id: 'user-id-0', name: 'Alex Wilber', aadObjectId: ALEX_ID },
      'verksamhet lägg till Avfall',
    );
    await stack.page
      .getByText(/Frågor till Avfall hamnar nu i den här kanalen/)
      .first()
      .waitFor({ timeout: 15000 });
    await deliverComment(stack, 'Karl Holm', 'Varför töms inte glasigloon på Möllevångstorget?');
    const karl = cardOf(stack, 'Karl Holm');
    await karl.getByRole('button', { name: 'Ta', exact: true }).click();
    await karl.getByText('Tagen av Alex Wilber').waitFor({ timeout: 10000 });
    await karl.getByRole('button', { name: 'Fråga verksamheten' }).click();
    await choose(stack, karl, /Vilken verksamhet\?/, 'Avfall');
    await karl.getByLabel(/Frågan \(verksamheten ser kommentaren/).fill('Vet ni när glasigloon töms?');
    await karl.getByRole('button', { name: 'Skicka frågan' }).click();
    await karl.getByText(/Frågat Avfall – väntar på svar/).waitFor({ timeout: 10000 });

    const question = stack.page.locator('.ac-adaptiveCard', { hasText: 'Fråga till Avfall' }).first();
    await question.waitFor({ timeout: 15000 });
    assert.match(await question.innerText(), /Varför töms inte glasigloon på Möllevångstorget\?/);
    await question.getByLabel(/Ert svar/).fill('Den töms på torsdag, bilen har varit trasig.');
    await question.getByRole('button', { name: 'Skicka svaret' }).click();
    await question.getByText(/Tack! Svaret har gått till den som frågade/).waitFor({ timeout: 10000 });
    await stack.screenshot('10a-department-answered');

    await karl.getByText(/Svar från Avfall \(Alex Wilber\)/).waitFor({ timeout: 15000 });
    await karl.getByRole('button', { name: 'Använd som utkast' }).click();
    await karl.getByText(/Svaret från Avfall står i svarsrutan/).waitFor({ timeout: 10000 });
    assert.equal(
      await karl.getByRole('textbox').first().inputValue(),
      'Den töms på torsdag, bilen har varit trasig.',
    );
    await stack.screenshot('10b-answer-as-draft');
  });
});
