import type { DateTime } from 'luxon';
import type { StoredComment } from '../../domain/comment';
import { firstWords } from '../../domain/first-words';
import { isClosed } from '../../domain/workflow';

/** How long an answered comment stays in the queue's list of the answered. */
export const ANSWERED_SHOWN_DAYS = 7;

/**
 * What the overview's queue keeps of a comment (ports/overview-figures.ts), or undefined where it is not listed:
 * every comment not closed, and those answered in the last week. Only what the queue shows is kept: the first
 * words of the comment and its id on the platform (what the tab's actions name it by); no name or id of its writer,
 * no draft, no note, no text the city sent or kept, no media, no history.
 */
export function queueCopy(comment: StoredComment, now: DateTime): StoredComment | undefined {
  const answeredLately =
    comment.firstResponseAt !== undefined &&
    Date.parse(comment.firstResponseAt) >= now.toMillis() - ANSWERED_SHOWN_DAYS * 86_400_000;
  if (isClosed(comment.state) && !answeredLately) return undefined;
  const {
    media: _media,
    postFirstWords: _post,
    permalink: _link,
    postPermalink: _postLink,
    conversation: _conversation,
    thread: _thread,
    questions: _questions,
    cardsToRedact: _redact,
    parentId: _parent,
    ...kept
  } = comment;
  const { note: _note, ...closure } = comment.closure ?? { by: { id: '', name: '', firstName: '' }, at: '' };
  const copy = {
    ...kept,
    text: firstWords(comment.text, 14),
    authorName: '',
    authorId: '',
    postId: '',
    recent: [],
    sent: comment.sent.map((sent) => ({ ...sent, text: '' })),
    ...(comment.closure ? { closure } : {}),
    ...(comment.draft !== undefined ? { draft: '' } : {}),
  } as StoredComment;
  if (copy.state === 'sending') return { ...copy, sending: { ...copy.sending, signedText: '' } };
  if (copy.state === 'moderated') {
    const blank = { text: '', authorName: '', authorId: '', writtenAt: copy.moderation.copy.writtenAt };
    return { ...copy, moderation: { ...copy.moderation, copy: blank } };
  }
  if (copy.state === 'awaiting_approval' && copy.approval.kind !== 'removal') {
    return { ...copy, approval: { ...copy.approval, signedText: '' } };
  }
  return copy;
}
