import { isClosed, type HistoryEvent, type StoredComment, type Workflow } from './comment';
import { factsOf, handledBy } from './transition-steps';

/**
 * The city's records plan decides how long what residents wrote is kept. After that, a handled comment keeps what
 * the statistics and the record of handling need — platform, account, when it was written, its deadline, when it
 * was first answered, its state, who handled it and when, the Platina reference — and loses what identifies or
 * quotes the resident: the text, their name and id, links to the comment (and to a resident's own post) and to its
 * photos or videos, the replies sent (they quote and greet the resident), the words of the comment it answered and
 * of the city's answer it came after, notes, and the copy kept of a hidden comment.
 */
export function isDueForRetention(comment: StoredComment, cutoff: string): boolean {
  return !comment.anonymisedAt && isClosed(comment.state) && comment.writtenAt < cutoff;
}

function withoutDetail(event: HistoryEvent): HistoryEvent {
  const { detail: _detail, ...rest } = event;
  return rest;
}

/** The workflow part without words: who handled it, when, the reason code and the Platina reference. */
function workflowWithoutWords(comment: StoredComment): Workflow {
  const people = handledBy(comment);
  const closure = comment.closure && {
    by: comment.closure.by,
    at: comment.closure.at,
    ...(comment.closure.reason ? { reason: comment.closure.reason } : {}),
    ...(comment.closure.platinaRef ? { platinaRef: comment.closure.platinaRef } : {}),
  };
  switch (comment.state) {
    case 'moderated':
      return {
        ...people,
        state: comment.state,
        closure: closure ?? comment.closure,
        moderation: {
          ...comment.moderation,
          copy: { text: '', authorName: '', authorId: '', writtenAt: comment.moderation.copy.writtenAt },
        },
      };
    case 'answered':
    case 'referred':
    case 'no_reply':
    case 'case_closed':
      return { ...people, state: comment.state, closure: closure ?? comment.closure };
    case 'open':
      return { state: 'open' };
    case 'sending':
      return { ...people, holder: comment.holder, state: comment.sending.returnTo };
    case 'awaiting_approval':
      return { ...people, holder: comment.holder, state: comment.approval.returnTo };
    default:
      return { ...people, holder: comment.holder, state: comment.state };
  }
}

export function anonymise(comment: StoredComment, at: string): StoredComment {
  // Questions to departments quote and discuss what the resident wrote: they go with it.
  const {
    permalink: _permalink,
    media: _media,
    questions: _questions,
    conversation,
    ...rest
  } = factsOf(comment);
  const { postPermalink: _post, ...kept } = rest;
  return {
    ...(comment.origin === 'visitor_post' ? kept : rest),
    ...workflowWithoutWords(comment),
    text: '',
    authorName: '',
    authorId: '',
    sent: comment.sent.map((sent) => ({ ...sent, text: '' })),
    recent: comment.recent.map(withoutDetail),
    // The conversation it belongs to stays (for the figures); the words it quoted go.
    ...(conversation ? { conversation: { rootId: conversation.rootId } } : {}),
    anonymisedAt: at,
  };
}
