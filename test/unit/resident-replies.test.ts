import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import type { StoredComment } from '../../services/domain/comment';
import { joinConversation } from '../../services/domain/conversation';
import { newStoredComment } from '../../services/domain/new-comment';
import { isBetweenResidents } from '../../services/domain/triage';
import { facebookComment } from '../support/incoming-comment';

const AT = DateTime.fromISO('2026-12-02T08:00:00Z');
const comment = (
  id: string,
  authorId: string,
  text: string,
  platform: 'facebook' | 'instagram' = 'facebook',
) => newStoredComment({ ...facebookComment(id, { authorId, text }), platform }, AT);
const NAMES = ['Malmö stad'];

describe('residents answering each other', () => {
  const lisa = comment('1', 'lisa', 'Varför är gatan avstängd?');
  const omar = comment('2', 'omar', 'Det är vattenledningen som byts, läste jag.');

  it('is a reply to another resident’s comment, in a conversation the city has not answered, that does not name it', () => {
    assert.equal(isBetweenResidents(joinConversation(omar, lisa, lisa, 'resident'), NAMES), true);
    const naming = { ...omar, text: 'Malmö stad borde svara på det här.' };
    assert.equal(isBetweenResidents(joinConversation(naming, lisa, lisa, 'resident'), NAMES), false);
    const toKommunen = { ...omar, text: 'Det där får kommunen svara på.' };
    assert.equal(isBetweenResidents(joinConversation(toKommunen, lisa, lisa, 'resident'), NAMES), false);
  });

  it('is not a reply to the city’s answer, nor one where the city has answered, nor the writer adding to their own', () => {
    assert.equal(isBetweenResidents(joinConversation(omar, lisa, lisa, 'city'), NAMES), false);
    const answered: StoredComment = {
      ...lisa,
      sent: [
        {
          kind: 'reply',
          text: 'Hej Lisa! Gatan öppnar på fredag. /Alex',
          by: { id: 'alex', name: 'Alex Lind', firstName: 'Alex' },
          at: '2026-12-02T09:00:00.000Z',
          platformReplyId: 'r-1',
        },
      ],
    };
    assert.equal(isBetweenResidents(joinConversation(omar, answered, answered, 'resident'), NAMES), false);
    const own = comment('3', 'lisa', 'Och trottoaren också.');
    assert.equal(isBetweenResidents(joinConversation(own, lisa, lisa, 'resident'), NAMES), false);
  });

  it('is never told on Instagram, which files a reply to the city’s answer under the comment it answers', () => {
    const reply = comment('4', 'omar', 'Det är vattenledningen.', 'instagram');
    const first = comment('5', 'lisa', 'Varför är gatan avstängd?', 'instagram');
    assert.equal(isBetweenResidents(joinConversation(reply, first, first, 'resident'), NAMES), false);
  });
});
