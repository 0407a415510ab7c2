import { isClosed, type HistoryEvent, type StoredComment } from './comment';

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

export function anonymise(comment: StoredComment, at: string): StoredComment {
  const {
    permalink: _permalink,
    draft: _draft,
    sending: _sending,
    previousHolder: _previous,
    media: _media,
    conversation,
    ...rest
  } = comment;
  const { postPermalink: _post, ...kept } = rest;
  return {
    ...(comment.origin === 'visitor_post' ? kept : rest),
    text: '',
    authorName: '',
    authorId: '',
    sent: comment.sent.map((sent) => ({ ...sent, text: '' })),
    recent: comment.recent.map(withoutDetail),
    // The conversation it belongs to stays (for the figures); the words it quoted go.
    ...(conversation ? { conversation: { rootId: conversation.rootId } } : {}),
    ...(comment.closure
      ? {
          closure: {
            by: comment.closure.by,
            at: comment.closure.at,
            ...(comment.closure.reason ? { reason: comment.closure.reason } : {}),
            ...(comment.closure.platinaRef ? { platinaRef: comment.closure.platinaRef } : {}),
          },
        }
      : {}),
    ...(comment.moderation
      ? {
          moderation: {
            ...comment.moderation,
            copy: { text: '', authorName: '', authorId: '', writtenAt: comment.moderation.copy.writtenAt },
          },
        }
      : {}),
    anonymisedAt: at,
  };
}
