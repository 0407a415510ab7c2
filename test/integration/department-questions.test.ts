import assert from 'node:assert/strict';
import type { TeamsMember } from '../fakes/bot-connector';
import { cardOf, cardText } from '../support/card-text';
import { eventually } from '../support/eventually';
import { ALEX, ISAIAH, MEGAN } from '../support/teams-activities';
import { AVFALL, clickInAvfall as clickIn, sayInAvfall as sayIn } from '../support/department-channel';
import { TestClock } from '../support/test-clock';
import type { TestApp } from '../support/test-app';
import { startWithCommentCard } from '../support/with-comment-card';

const COMMENT = { platform: 'facebook', commentId: '122187654321098765_1184736291045827' } as const;
const KEY = { commentKey: `facebook:${COMMENT.commentId}` };
const CARD = 'activity-1';
describe('Fråga verksamheten (ask the department)', () => {
  let t: TestApp;
  let clock: TestClock;
  beforeEach(async () => {
    clock = new TestClock('2026-11-16T10:00'); // a Monday
    t = await startWithCommentCard({ clock });
  });
  afterEach(() => t.stop(true));

  const stored = async () => (await t.store.get(COMMENT))?.value;
  const sayInAvfall = (by: TeamsMember, text: string) => sayIn(t, by, text);
  const clickInAvfall = (by: TeamsMember, activityId: string, verb: string, data: object) =>
    clickIn(t, by, activityId, verb, data);

  it('writes the question card in English in a department channel kept in English, and the holder’s news in theirs', async () => {
    await sayInAvfall(ALEX, 'verksamhet lägg till Avfall');
    assert.match(await sayInAvfall(ALEX, 'språk en'), /skriver nu på engelska/);
    await t.click(ALEX, CARD, 'claim', KEY);
    await t.click(ALEX, CARD, 'ask_department', { ...KEY, department: 'Avfall', question: 'Stämmer det?' });
    const question = (await stored())?.questions?.[0];
    const posted = t.connector.newThreads().find((c) => c.conversationId === AVFALL);
    const shown = cardOf(posted?.body ?? {});
    assert.match(cardText(shown), /\*\*Question to Avfall\*\* from Alex Wilber/);
    assert.match(
      cardText(shown),
      /A comment on Facebook \(.+\), written \w{3} \d+ \w{3} \d\d:\d\d:/,
      cardText(shown),
    );
    assert.match(
      JSON.stringify(shown),
      /"label":"Your answer \(not published – it goes to the one who asked\)"/,
    );
    const answered = await clickInAvfall(ISAIAH, question?.card?.activityId ?? '', 'answer_question', {
      ...KEY,
      questionId: question?.id,
      questionAnswer: 'Ja.',
    });
    assert.match(cardText(answered), /Answer from Isaiah Langer/);
    assert.match(cardText(answered), /Thank you! The answer has gone to the one who asked/);
    await eventually(() =>
      assert.ok(
        t.connector
          .personalMessages()
          .some((m) => /Isaiah Langer på Avfall har svarat/.test(m.text) && m.memberId.includes('alex')),
        'the holder reads Teams in Swedish',
      ),
    );
  });

  it('puts the question in the department’s channel, brings its answer back as a draft, and tells the holder', async () => {
    assert.match(
      await sayInAvfall(ALEX, 'verksamhet lägg till Avfall'),
      /Frågor till Avfall hamnar nu i den här kanalen/,
    );
    assert.match(await t.say(MEGAN, 'verksamhet lista'), /Verksamheter att fråga: Avfall/);
    await t.click(ALEX, CARD, 'claim', KEY);

    const asked = await t.click(ALEX, CARD, 'ask_department', {
      ...KEY,
      department: 'Avfall',
      question: 'Flyttas hämtningen i Västra Hagen under julen?',
    });
    assert.match(cardText(asked), /Frågan är skickad till Avfall/);
    assert.match(cardText(asked), /Skicka gärna ”Vi har sett din kommentar” medan ni väntar \(P4\)/);
    assert.match(cardText(asked), /Frågat Avfall – väntar på svar/);
    const question = (await stored())?.questions?.[0];
    assert.equal(question?.card?.channelId, AVFALL);
    const posted = t.connector.newThreads().find((c) => c.conversationId === AVFALL);
    const shown = cardText(cardOf(posted?.body ?? {}));
    assert.match(shown, /\*\*Fråga till Avfall\*\* från Alex Wilber/);
    assert.match(shown, /Hej! Vilken dag töms soptunnorna i Västra Hagen/);
    assert.match(shown, /Flyttas hämtningen i Västra Hagen under julen\?/);

    // From the comment's own channel the question cannot be answered; in Avfall anyone can, without the training.
    const wrongPlace = await t.click(ISAIAH, CARD, 'answer_question', {
      ...KEY,
      questionId: question?.id,
      questionAnswer: 'Ja',
    });
    assert.match(cardText(wrongPlace), /behöver ha gått utbildningen|besvaras i verksamhetens egen kanal/);
    const activityId = question?.card?.activityId ?? '';
    const answered = await clickInAvfall(ISAIAH, activityId, 'answer_question', {
      ...KEY,
      questionId: question?.id,
      questionAnswer: 'Ja, torsdagens hämtning blir på fredag 25/12. Boende erhåller information per brev.',
    });
    assert.match(cardText(answered), /Svar från Isaiah Langer/);
    assert.match(cardText(answered), /Tack! Svaret har gått till den som frågade/);
    // The one who answered gets the klarspråk help on their words; greeting and signature are the holder's.
    assert.match(cardText(answered), /Klarspråk/);
    assert.match(cardText(answered), /”erhåller” – skriv hellre ”får”/);
    assert.doesNotMatch(cardText(answered), /hälsar inte|Hälsa gärna|slutar inte med ditt namn/);
    const shownInAvfall = cardOf(t.connector.updatesOf(activityId).at(-1)?.body ?? {});
    assert.doesNotMatch(cardText(shownInAvfall), /Klarspråk/, 'the channel’s card carries no help');
    assert.equal(t.graph.replies.size, 0, 'nothing is published by answering');
    await eventually(() =>
      assert.ok(
        t.connector
          .personalMessages()
          .some(
            (m) => /Isaiah Langer på Avfall har svarat på frågan/.test(m.text) && m.memberId.includes('alex'),
          ),
      ),
    );
    const again = await clickInAvfall(MEGAN, activityId, 'answer_question', {
      ...KEY,
      questionId: question?.id,
      questionAnswer: 'Något annat',
    });
    assert.match(cardText(again), /Isaiah Langer har redan svarat på frågan/);

    const draft = await t.click(ALEX, CARD, 'use_department_answer', { ...KEY, questionId: question?.id });
    assert.match(cardText(draft), /Svaret från Avfall står i svarsrutan/);
    assert.match(
      JSON.stringify(draft),
      /"value":"Ja, torsdagens hämtning blir på fredag 25\/12\. Boende erhåller information per brev\."/,
    );
    assert.match(cardText(draft), /Svar från Avfall \(Isaiah Langer\)/);
    const history = (await t.store.listHistory(COMMENT)).map((h) => h.action);
    assert.deepEqual(history.slice(-2), ['department_asked', 'department_answered']);
  });

  it('refuses a department that is not bound, and records no question', async () => {
    await sayInAvfall(ALEX, 'verksamhet lägg till Avfall');
    await t.click(ALEX, CARD, 'claim', KEY);
    const unknown = await t.click(ALEX, CARD, 'ask_department', {
      ...KEY,
      department: 'Parkering',
      question: 'X?',
    });
    assert.match(cardText(unknown), /Välj en verksamhet i listan/);
    assert.equal((await stored())?.questions, undefined);
  });

  it('reminds the department in the question’s thread each working morning until it is answered', async () => {
    await sayInAvfall(ALEX, 'verksamhet lägg till Avfall');
    await t.click(ALEX, CARD, 'claim', KEY);
    await t.click(ALEX, CARD, 'ask_department', {
      ...KEY,
      department: 'Avfall',
      question: 'Flyttas hämtningen?',
    });
    const question = (await stored())?.questions?.[0];
    const reminders = () =>
      t.connector
        .threadReplies(question?.card?.activityId ?? '')
        .filter((r) => /väntar fortfarande på svar/.test(r.text));
    clock.set('2026-11-17T08:59');
    await t.app.reminders.sweep();
    assert.equal(reminders().length, 0);
    clock.set('2026-11-17T09:00');
    await t.app.reminders.sweep();
    assert.equal(reminders().length, 1);
    assert.match(reminders()[0]?.text ?? '', /Frågan från Alex Wilber \(mån 16 nov kl\. 10:00\)/);

    await clickInAvfall(ISAIAH, question?.card?.activityId ?? '', 'answer_question', {
      ...KEY,
      questionId: question?.id,
      questionAnswer: 'Ja.',
    });
    clock.set('2026-11-18T09:00');
    await t.app.reminders.sweep();
    assert.equal(reminders().length, 1, 'answered: not reminded again');
  });
});
