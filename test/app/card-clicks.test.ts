import assert from 'node:assert/strict';
import { CARD_VERBS, type CardVerb } from '../../cards/card-verbs';
import { AppError } from '../../services/domain/app-error';
import { claim } from '../../services/domain/comment-transitions';
import { testKeyedIds } from '../support/keyed-ids';
import { ADMIN, APPROVER, STAFF, TRAINEE, clickWorld } from './click-world';

type World = Awaited<ReturnType<typeof clickWorld>>;

const DRAFT = 'Hej Anna! Hämtningen flyttas till fredag under julveckan.';

/** Megan asks Avfall, and the answer is given from the department's channel: the question's id. */
async function answeredByDepartment(w: World, answer: string): Promise<string> {
  await w.click(STAFF, 'claim');
  await w.click(STAFF, 'ask_department', { department: 'Avfall', question: 'Vilken dag blir det?' });
  const questionId = (await w.stored()).questions?.[0]?.id ?? '';
  await w.click(ADMIN, 'answer_question', { questionId, questionAnswer: answer }, w.department.channelId);
  return questionId;
}

/**
 * Every card verb, run through the click's use cases on the fakes: what a person sees change after the click. The
 * same clicks are made on a real card against Azurite in test/integration/; here each runs in milliseconds.
 */
const CASES: Record<CardVerb, (w: World) => Promise<void>> = {
  claim: async (w) => {
    await w.click(STAFF, 'claim');
    assert.equal((await w.stored()).holder?.name, STAFF.name);
    assert.match(await w.click(ADMIN, 'claim'), /Megan Berg har redan tagit/);
  },
  take_over: async (w) => {
    await w.click(STAFF, 'claim');
    await w.click(ADMIN, 'take_over');
    const now = await w.stored();
    assert.deepEqual([now.holder?.name, now.previousHolder?.name], [ADMIN.name, STAFF.name]);
  },
  release: async (w) => {
    await w.click(STAFF, 'claim');
    await w.click(STAFF, 'release');
    assert.equal((await w.stored()).state, 'open');
  },
  preview: async (w) => {
    await w.click(STAFF, 'claim');
    const shown = await w.click(STAFF, 'preview', { replyText: DRAFT });
    assert.match(shown, /\/Megan/);
    assert.deepEqual(w.platform.published, [], 'a preview publishes nothing');
  },
  edit: async (w) => {
    await w.click(STAFF, 'claim');
    await w.click(STAFF, 'preview', { replyText: DRAFT });
    const back = await w.click(STAFF, 'edit', { draft: DRAFT });
    assert.match(back, /Hämtningen flyttas till fredag/);
    assert.deepEqual(w.platform.published, []);
  },
  reply: async (w) => {
    await w.click(STAFF, 'claim');
    await w.click(STAFF, 'reply', { draft: DRAFT });
    assert.equal((await w.stored()).state, 'answered');
    assert.equal(w.platform.published.length, 1);
    assert.match(w.platform.published[0] ?? '', /julveckan\.\s*\/Megan$/);
  },
  acknowledge: async (w) => {
    await w.click(STAFF, 'claim');
    await w.click(STAFF, 'acknowledge');
    assert.equal((await w.stored()).state, 'acknowledged');
    assert.match(w.platform.published[0] ?? '', /\/Megan$/);
  },
  refer: async (w) => {
    await w.click(STAFF, 'claim');
    await w.click(STAFF, 'refer');
    assert.equal((await w.stored()).state, 'referred');
    assert.equal(w.platform.published.length, 1);
  },
  open_case: async (w) => {
    await w.click(STAFF, 'claim');
    await w.click(STAFF, 'open_case');
    assert.equal((await w.stored()).state, 'case');
  },
  close_case: async (w) => {
    await w.click(STAFF, 'claim');
    await w.click(STAFF, 'open_case');
    assert.match(await w.click(STAFF, 'close_case', { platinaRef: 'fel' }), /KS-2026-01234/);
    assert.equal((await w.stored()).state, 'case');
    await w.click(STAFF, 'close_case', { platinaRef: 'KS-2026-00042' });
    const closed = await w.stored();
    assert.deepEqual([closed.state, closed.closure?.platinaRef], ['case_closed', 'KS-2026-00042']);
  },
  no_reply: async (w) => {
    await w.click(STAFF, 'no_reply', { noReplyReason: 'spam' });
    const closed = await w.stored();
    assert.deepEqual([closed.state, closed.closure?.reason], ['no_reply', 'spam']);
    assert.deepEqual(w.platform.published, []);
  },
  hide: async (w) => {
    await w.click(STAFF, 'hide', { moderationReason: 'spam' });
    assert.deepEqual(w.platform.moderated, ['hide']);
    assert.equal((await w.stored()).platformStatus, 'hidden');
  },
  remove: async (w) => {
    await w.click(TRAINEE, 'remove', { moderationReason: 'spam', removeConfirm: 'true' });
    assert.equal((await w.stored()).state, 'awaiting_approval');
    assert.deepEqual(w.platform.moderated, [], 'a trainee’s removal waits');
    await w.click(APPROVER, 'approve');
    assert.deepEqual(w.platform.moderated, ['remove']);
    assert.equal((await w.stored()).platformStatus, 'removed');
  },
  unhide: async (w) => {
    await w.click(STAFF, 'hide', { moderationReason: 'spam' });
    await w.click(STAFF, 'unhide');
    assert.deepEqual(w.platform.moderated, ['hide', 'unhide']);
    assert.equal((await w.stored()).state, 'open');
  },
  reopen: async (w) => {
    await w.click(STAFF, 'no_reply', { noReplyReason: 'spam' });
    await w.click(STAFF, 'reopen');
    assert.equal((await w.stored()).state, 'open');
  },
  answered_there: async (w) => {
    await w.click(STAFF, 'claim');
    await w.click(STAFF, 'answered_there', { replyText: `${DRAFT} /Megan` });
    const answered = await w.stored();
    assert.equal(answered.state, 'answered');
    assert.deepEqual(w.platform.published, [], 'answered on the platform: nothing published from here');
  },
  assign: async (w) => {
    await w.click(ADMIN, 'assign', { assignee: STAFF.id, assignNote: 'Du kan sophämtningen.' });
    assert.equal((await w.stored()).holder?.name, STAFF.name);
  },
  approve: async (w) => {
    await w.click(TRAINEE, 'claim');
    await w.click(TRAINEE, 'reply', { draft: DRAFT });
    assert.deepEqual(w.platform.published, []);
    assert.match(await w.click(TRAINEE, 'approve'), /godkänns av en administratör/);
    await w.click(APPROVER, 'approve');
    assert.match(w.platform.published[0] ?? '', /\/Isaiah$/);
  },
  send_back: async (w) => {
    await w.click(TRAINEE, 'claim');
    await w.click(TRAINEE, 'reply', { draft: DRAFT });
    await w.click(APPROVER, 'send_back', { sendBackNote: 'Skriv vilken dag.' });
    const back = await w.stored();
    assert.deepEqual([back.state, back.draft], ['claimed', DRAFT]);
  },
  use_saved_answer: async (w) => {
    await w.click(STAFF, 'claim');
    assert.match(await w.click(STAFF, 'use_saved_answer', { savedAnswer: 'sophamtning' }), /helgveckorna/);
  },
  ask_department: async (w) => {
    await w.click(STAFF, 'claim');
    await w.click(STAFF, 'ask_department', { department: 'Avfall', question: 'Vilken dag blir det?' });
    const asked = (await w.stored()).questions?.[0];
    assert.deepEqual([asked?.department, asked?.question], ['Avfall', 'Vilken dag blir det?']);
  },
  answer_question: async (w) => {
    await answeredByDepartment(w, 'Fredag.');
    assert.equal((await w.stored()).questions?.[0]?.answer?.text, 'Fredag.');
  },
  use_department_answer: async (w) => {
    const questionId = await answeredByDepartment(w, 'Fredagen den 25 december.');
    assert.match(await w.click(STAFF, 'use_department_answer', { questionId }), /Fredagen den 25 december/);
  },
  close_storm: async (w) => {
    // Three more comments on the same post; a colleague has taken one of them.
    const first = await w.stored();
    for (const n of [1, 2, 3]) await w.store.insertNew({ ...first, commentId: `${first.commentId}-${n}` });
    await w.store.mutate({ ...first, commentId: `${first.commentId}-3` }, (c) =>
      claim(c, ADMIN, w.clock.now()),
    );
    // The storm's card names its post by a keyed id.
    const post = testKeyedIds({ platform: 'facebook', commentId: first.postId });
    const shown = await w.click(STAFF, 'close_storm', {
      commentKey: `facebook:${post}`,
      noReplyReason: 'thanks_only',
    });
    assert.match(shown, /3 kommentarer stängda utan svar: Bara tack eller en emoji/);
    const all = await w.store.listWrittenSince('2026-01-01T00:00:00.000Z');
    assert.deepEqual(
      all.map((c) => c.state).sort(),
      ['claimed', 'no_reply', 'no_reply', 'no_reply'],
      'the one a colleague holds is theirs',
    );
    for (const c of all.filter((c) => c.state === 'no_reply')) {
      assert.deepEqual(
        (await w.store.listHistory(c)).map((h) => [h.action, h.by]),
        [['no_reply', STAFF.name]],
        'each with its own history line',
      );
    }
  },
};

describe('use case: every card verb on the fakes', () => {
  it('has a case for every verb a card can send', () => {
    assert.deepEqual(Object.keys(CASES).sort(), Object.values(CARD_VERBS).sort());
  });

  for (const [verb, run] of Object.entries(CASES)) {
    it(verb, async () => {
      const w = await clickWorld();
      await run(w);
      assert.ok(
        !w.logger.events.includes('card.action.error'),
        `no unexpected error: ${w.logger.events.join()}`,
      );
    });
  }

  it('refuses anyone not on the staff list, and nothing changes', async () => {
    const w = await clickWorld();
    const stranger = { id: 'x', name: 'Okänd Person', firstName: 'Okänd' };
    const shown = await w.click(stranger, 'claim');
    assert.doesNotMatch(shown, /Anna Lindqvist|Östra Kyrkogatan/);
    assert.equal((await w.stored()).state, 'open');
  });

  it('refuses to send back, or approve again, a removal while the platform is asked, and keeps it waiting if refused', async () => {
    const w = await clickWorld();
    await w.click(TRAINEE, 'remove', { moderationReason: 'spam', removeConfirm: 'true' });
    let answer: (refused?: Error) => void = () => undefined;
    w.platform.removing = new Promise<void>(
      (resolve, reject) => (answer = (e) => (e ? reject(e) : resolve())),
    );
    const approving = w.click(APPROVER, 'approve');
    await new Promise((resolve) => setImmediate(resolve));
    assert.match(
      await w.click(ADMIN, 'send_back', { sendBackNote: 'Dölj den i stället.' }),
      /tar bort kommentaren just nu/,
    );
    assert.match(await w.click(ADMIN, 'approve'), /tar bort kommentaren just nu/);
    answer(new AppError('platform_unavailable', 'Facebook did not answer'));
    await approving;
    assert.deepEqual(w.platform.moderated, []);
    const waiting = await w.stored();
    assert.equal(waiting.state, 'awaiting_approval', 'refused by the platform: it waits for approval again');
    w.platform.removing = undefined;
    await w.click(ADMIN, 'send_back', { sendBackNote: 'Dölj den i stället.' });
    assert.equal((await w.stored()).state, 'claimed');
  });
});
