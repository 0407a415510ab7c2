import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { renderPurgedQuestionCard, renderQuestionCard } from '../../cards/question-card';
import { renderStormCard } from '../../cards/storm-card';
import { newStoredComment } from '../../services/domain/new-comment';
import { cardText } from '../support/card-text';
import { facebookComment } from '../support/incoming-comment';

const AT = DateTime.fromISO('2026-12-02T09:00:00Z', { zone: 'utc' });
const comment = newStoredComment(facebookComment('1'), AT);
const question = {
  id: 'q1',
  department: 'Avfall',
  question: 'Stämmer fredag?',
  askedBy: { id: 'aad-alex', name: 'Alex Wilber', firstName: 'Alex' },
  askedAt: '2026-12-02T09:05:00.000Z',
};

describe('a question to a department, in the language kept for its channel', () => {
  it('asks and, once purged, says so in English in a channel kept in English', () => {
    const asked = cardText(renderQuestionCard(comment, question, 'Malmö stad', 'en'));
    assert.match(asked, /\*\*Question to Avfall\*\* from Alex Wilber/);
    assert.match(asked, /A comment on Facebook \(Malmö stad\), written Wed 2 Dec 08:55:/);
    const purged = cardText(
      renderPurgedQuestionCard({ ...comment, anonymisedAt: '2027-06-01T02:00:00.000Z' }, 'en'),
    );
    assert.match(purged, /Question to the department/);
    assert.match(purged, /About a comment on Facebook, written Wed 2 Dec 08:55\./);
    assert.match(purged, /purged under the city's records plan \(Tue 1 Jun 04:00\)/);
  });

  it('stays Swedish where the channel keeps no other language', () => {
    const purged = cardText(
      renderPurgedQuestionCard({ ...comment, anonymisedAt: '2027-06-01T02:00:00.000Z' }),
    );
    assert.match(purged, /Fråga till verksamheten/);
    assert.match(purged, /gallrade enligt stadens informationshanteringsplan/);
  });
});

describe('a storm’s card, in the language kept for its channel', () => {
  const view = {
    platform: 'facebook' as const,
    accountName: 'Malmö stad',
    postFirstWords: 'Nu öppnar badet',
    count: 42,
    since: '2026-12-02T07:10:00.000Z',
    stormKey: 'facebook:k',
  };

  it('says what happened and offers the close in English in a channel kept in English', () => {
    const card = renderStormCard({
      ...view,
      language: 'en',
      closed: { count: 3, reason: 'Only thanks or an emoji' },
    });
    const shown = cardText(card);
    assert.match(shown, /Many comments on one post/);
    assert.match(
      shown,
      /Malmö stad on Facebook: 42 comments since Wed 2 Dec 08:10 on the post "Nu öppnar badet"\./,
    );
    assert.match(shown, /3 comments closed without reply: Only thanks or an emoji\./);
    assert.match(JSON.stringify(card), /"title":"Close open ones without reply"/);
    assert.match(JSON.stringify(card), /"title":"Close all open ones"/);
  });

  it('stays Swedish where the channel keeps no other language', () => {
    const shown = cardText(renderStormCard(view));
    assert.match(shown, /Många kommentarer på ett inlägg/);
    assert.match(
      shown,
      /Malmö stad på Facebook: 42 kommentarer sedan ons 2 dec kl\. 08:10 på inlägget ”Nu öppnar badet”\./,
    );
  });
});
