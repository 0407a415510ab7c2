import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { renderCommentCard } from '../../cards/comment-card';
import { claim } from '../../services/domain/comment-transitions';
import { newStoredComment } from '../../services/domain/new-comment';
import { cardButtons, cardText } from '../support/card-text';

const comment = newStoredComment(
  {
    platform: 'facebook',
    commentId: '1_2',
    accountId: '1',
    postId: '1_1',
    postPermalink: 'https://www.facebook.com/malmostad/posts/1',
    permalink: 'https://www.facebook.com/malmostad/posts/1?comment_id=2',
    authorId: '9',
    authorName: 'Karin *Berg*',
    text: 'Varför är [cykelbanan] stängd? #irriterad',
    writtenAt: '2026-11-27T14:00:00.000Z',
  },
  DateTime.fromISO('2026-11-27T14:01:00Z'),
);
const alex = { id: 'a', name: 'Alex Wilber', firstName: 'Alex' };

describe('comment card', () => {
  it('shows platform, account, author, text as written, times in Stockholm time and a Ta button', () => {
    const card = renderCommentCard({ comment, accountName: 'Malmö stad' });
    const text = cardText(card);
    assert.equal(card.version, '1.5');
    assert.match(text, /Facebook · Malmö stad/);
    assert.match(text, /Karin \*Berg\*/);
    assert.match(text, /Varför är \[cykelbanan\] stängd\? #irriterad/);
    assert.match(text, /Skriven: fre 27 nov kl\. 15:00/);
    assert.match(text, /Svara senast: mån 30 nov kl\. 12:00/);
    assert.match(text, /Ny – ingen har tagit den/);
    assert.deepEqual(
      cardButtons(card).filter((b) => ['Ta', 'Öppna på Facebook'].includes(b)),
      ['Ta', 'Öppna på Facebook'],
    );
  });

  it('shows the time left, "Snart försenad" in the last hours and "Försenad" after the deadline', () => {
    const at = (now: string) =>
      cardText(renderCommentCard({ comment, accountName: 'Malmö stad', now, soonHours: 4 }));
    assert.match(at('2026-11-28T10:00:00Z'), /Svara senast: mån 30 nov kl\. 12:00 \(2 d 1 tim kvar\)/);
    assert.doesNotMatch(at('2026-11-28T10:00:00Z'), /försenad/i);
    assert.match(at('2026-11-30T09:30:00Z'), /⏰ Snart försenad/);
    assert.match(at('2026-11-30T09:30:00Z'), /\(1 tim 30 min kvar\)/);
    assert.match(at('2026-11-30T12:00:00Z'), /⏰ Försenad/);
    assert.match(at('2026-11-30T12:00:00Z'), /\(försenad 1 tim 0 min\)/);
  });

  it('shortens a long comment and offers the whole of it', () => {
    const long = { ...comment, text: 'ord '.repeat(300) };
    const card = renderCommentCard({ comment: long, accountName: 'Malmö stad' });
    assert.ok(cardButtons(card).includes('Visa hela kommentaren'));
    assert.match(JSON.stringify(card), /"isVisible":false/);
  });

  it('gives the holder a reply box, the policy actions and the history', () => {
    const claimed = claim(comment, alex, DateTime.fromISO('2026-11-27T15:00:00Z')).comment;
    const card = renderCommentCard({ comment: claimed, accountName: 'Malmö stad', draft: 'Hej Karin' });
    assert.match(cardText(card), /Tagen av Alex Wilber/);
    assert.match(cardText(card), /\[Svar \(signeras automatiskt med ditt namn\): Hej Karin\]/);
    const buttons = cardButtons(card);
    for (const button of [
      'Förhandsgranska svar',
      'Vi har sett din kommentar',
      'Kräver ärende',
      'Inget svar behövs',
      'Dölj',
      'Släpp',
      'Ta över',
    ]) {
      assert.ok(buttons.includes(button), button);
    }
    assert.match(cardText(card), /Historik/);
    assert.match(cardText(card), /Alex Wilber · tog kommentaren/);
  });

  it('puts a notice for the person who clicked on the card', () => {
    const card = renderCommentCard({
      comment,
      accountName: 'Malmö stad',
      notice: { tone: 'attention', text: 'Megan Bowen har redan tagit den här kommentaren.' },
    });
    assert.match(cardText(card), /Megan Bowen har redan tagit/);
  });

  it('offers every ground BBS-lagen 5 § names for hiding, each with its point and the law it refers to', () => {
    const text = cardText(renderCommentCard({ comment, accountName: 'Malmö stad' }));
    for (const ground of [
      'Olaga hot (BBS-lagen 5 § 1 a, 4 kap. 5 § brottsbalken)',
      'Olaga integritetsintrång (BBS-lagen 5 § 1 b, 4 kap. 6 c § brottsbalken)',
      'Uppvigling (BBS-lagen 5 § 1 c, 16 kap. 5 § brottsbalken)',
      'Hets mot folkgrupp (BBS-lagen 5 § 1 d, 16 kap. 8 § brottsbalken)',
      'Barnpornografibrott (BBS-lagen 5 § 1 e, 16 kap. 10 a § brottsbalken)',
      'Olaga våldsskildring (BBS-lagen 5 § 1 f, 16 kap. 10 c § brottsbalken)',
      'Offentlig uppmaning till terrorism eller särskilt allvarlig brottslighet (BBS-lagen 5 § 1 g, terroristbrottslagen 2022:666, som ersatt lag 2010:299)',
      'Intrång i upphovsrätt (BBS-lagen 5 § 2, upphovsrättslagen 1960:729)',
    ]) {
      assert.ok(text.includes(ground), ground);
    }
  });
});
