import type { StoredComment } from '../services/domain/comment';
import { isReopened } from '../services/domain/conversation';
import { text, type Element } from './card-elements';
import { literal } from './literal-text';
import type { CardStrings } from './locale/card-strings';

/** On a conversation's first card: how its thread stands, and that it is open again after an answer. */
export function threadLine(S: CardStrings, comment: StoredComment): Element[] {
  const thread = comment.thread;
  if (!thread || thread.replies === 0) return [];
  const line = text(`💬 ${S.conversation.summary(thread.replies, thread.unanswered)}`, {
    size: 'small',
    spacing: 'small',
    ...(thread.unanswered > 0 ? { weight: 'bolder' } : { isSubtle: true }),
  });
  if (!isReopened(comment)) return [line];
  return [line, text(`🔁 ${S.conversation.reopened}`, { size: 'small', color: 'warning', spacing: 'none' })];
}

/** On a reply's card: the words it answers, and the city's latest answer in the conversation when it came. */
export function conversationContext(S: CardStrings, comment: StoredComment): Element[] {
  const link = comment.conversation;
  if (!link || comment.anonymisedAt) return [];
  const elements: Element[] = [];
  if (link.parentText) {
    elements.push(text(S.conversation.replyTo, { size: 'small', isSubtle: true, spacing: 'medium' }));
    elements.push(
      literal(link.parentText, { size: 'small', isSubtle: true, italic: true }, { spacing: 'none' }),
    );
  }
  if (link.cityAnswer) {
    elements.push(
      text(S.conversation.cityLatest(S.dateTime(link.cityAnswer.at)), {
        size: 'small',
        isSubtle: true,
        spacing: 'small',
      }),
    );
    elements.push(literal(link.cityAnswer.text, { size: 'small', isSubtle: true }, { spacing: 'none' }));
  }
  return elements;
}
