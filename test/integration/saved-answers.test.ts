import assert from 'node:assert/strict';
import type { TeamsMember } from '../fakes/bot-connector';
import { ALEX, ISAIAH, MEGAN } from '../support/teams-activities';
import type { TestApp } from '../support/test-app';
import { startSignedOnTab, type SignedOnTab } from '../support/tab-sign-on';
import { startWithCommentCard } from '../support/with-comment-card';

const KEY = { commentKey: 'facebook:122187654321098765_1184736291045827' };
const SOPOR = {
  title: 'Sophämtning i helgerna',
  text: 'Hej {namn}! Under helgerna flyttas hämtningen en dag. Läs mer på {länk}',
  scope: 'all',
};

function post(t: TestApp, body: object, headers: Record<string, string> = {}) {
  return fetch(`${t.url}/api/overview/answers`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

describe('saved answers (Svarsmallar) in the overview tab', () => {
  let t: TestApp;
  let token: SignedOnTab['token'];
  const as = async (person: TeamsMember) => ({
    Authorization: `Bearer ${await token({ oid: person.aadObjectId, name: person.name })}`,
  });

  before(async () => {
    ({ t, token } = await startSignedOnTab());
  });
  after(() => t.stop(true));

  it('gives the klarspråk help on a text being written, to trained staff only', async () => {
    const help = (text: string, person: TeamsMember) =>
      as(person).then((headers) =>
        fetch(`${t.url}/api/overview/plain-language`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...headers },
          body: JSON.stringify({ text }),
        }),
      );
    const stiff = await help('Med anledning av er förfrågan erhåller ni härmed information.', ALEX);
    assert.equal(stiff.status, 200);
    const { lines } = (await stiff.json()) as { lines: string[] };
    assert.ok(lines.includes('• ”erhåller” – skriv hellre ”får”'), lines.join('\n'));
    assert.ok(lines.includes('• Svaret hälsar inte. Börja gärna med ”Hej”.'));
    const plain = 'Hej {namn}! Vi flyttar hämtningen en dag under helgerna. Läs mer på {länk}';
    const warm = (await (await help(plain, ALEX)).json()) as { lines: string[] };
    assert.ok(
      warm.lines.some((line) => line.startsWith('✓')),
      warm.lines.join('\n'),
    );
    assert.equal((await help(SOPOR.text, ISAIAH)).status, 403, 'not on the trained list');
  });

  it('lets admins keep them and every trained person read them; others get nothing', async () => {
    const saved = await post(t, SOPOR, await as(ALEX));
    assert.equal(saved.status, 200);
    const { id } = (await saved.json()) as { id: string };

    const read = await fetch(`${t.url}/api/overview/answers`, { headers: await as(MEGAN) });
    const body = (await read.json()) as { answers: { id: string; title: string }[]; canEdit: boolean };
    assert.deepEqual(
      body.answers.map((a) => a.title),
      [SOPOR.title],
    );
    assert.equal(body.canEdit, false, 'Megan is trained, not an admin');
    assert.equal((await post(t, { ...SOPOR, title: 'Annat' }, await as(MEGAN))).status, 403);
    const stranger = await fetch(`${t.url}/api/overview/answers`, { headers: await as(ISAIAH) });
    assert.equal(stranger.status, 403);

    const gone = await fetch(`${t.url}/api/overview/answers/${id}`, {
      method: 'DELETE',
      headers: await as(ALEX),
    });
    assert.equal(gone.status, 200);
    const again = await fetch(`${t.url}/api/overview/answers/${id}`, {
      method: 'DELETE',
      headers: await as(ALEX),
    });
    assert.equal(again.status, 404);
  });

  it('says which field is wrong: an unknown placeholder, an account that is not the city’s, a missing title', async () => {
    const headers = await as(ALEX);
    const placeholder = await post(t, { ...SOPOR, text: 'Hej {förnamn}!' }, headers);
    assert.equal(placeholder.status, 400);
    assert.deepEqual(await placeholder.json(), {
      error: 'saved_answer_invalid',
      field: 'text',
      placeholder: 'förnamn',
    });
    const scope = await post(t, { ...SOPOR, scope: 'facebook:999' }, headers);
    assert.deepEqual(await scope.json(), { error: 'saved_answer_invalid', field: 'scope' });
    const title = await post(t, { ...SOPOR, title: '  ' }, headers);
    assert.deepEqual(await title.json(), { error: 'saved_answer_invalid', field: 'title' });
    const language = await post(t, { ...SOPOR, language: 'klingon' }, headers);
    assert.deepEqual(await language.json(), { error: 'saved_answer_invalid', field: 'language' });
    const english = await post(t, { ...SOPOR, title: 'Waste collection', language: 'en' }, headers);
    assert.equal(((await english.json()) as { language: string }).language, 'en', 'kept in its language');
  });
});

describe('saved answers on the card', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startWithCommentCard();
  });
  afterEach(() => t.stop(true));

  const inputs = (card: Record<string, unknown>) => {
    const found: Record<string, unknown>[] = [];
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(visit);
      if (typeof node !== 'object' || node === null) return;
      const element = node as Record<string, unknown>;
      if (typeof element.type === 'string' && element.type.startsWith('Input.')) found.push(element);
      Object.values(element).forEach(visit);
    };
    visit(card);
    return found;
  };

  it('offers the account’s saved answers and fills the reply box with the resident’s first name and the link', async () => {
    const other = await post(t, {
      ...SOPOR,
      title: 'Bara för jobbkontot',
      scope: 'facebook:109283746501928',
    });
    assert.equal(other.status, 200);
    const { id } = (await (await post(t, SOPOR)).json()) as { id: string };
    const claimed = await t.click(ALEX, 'activity-1', 'claim', KEY);
    const picker = inputs(claimed).find((i) => i.id === 'savedAnswer');
    assert.deepEqual(picker?.choices, [{ title: SOPOR.title, value: id }], 'only those for this account');

    const filled = await t.click(ALEX, 'activity-1', 'use_saved_answer', { ...KEY, savedAnswer: id });
    const box = inputs(filled).find((i) => i.id === 'replyText');
    assert.match(
      String(box?.value),
      /^Hej Anna! Under helgerna flyttas hämtningen en dag\. Läs mer på https:\/\//,
    );
    assert.match(JSON.stringify(filled), /Gör den personlig, förhandsgranska och skicka/);
    assert.equal(t.graph.replies.size, 0, 'nothing is published by picking a saved answer');
  });
});
