import { isClosed, type Workflow } from './workflow';
import { type CommentFacts, type HistoryEvent, type StoredComment } from './comment';
import { SVARSVAKTEN } from './person';
import type { KeyedIds } from './keyed-id';
import { handledBy } from './transition-steps';

/**
 * The city's records plan decides how long what residents wrote is kept. After that, a handled comment keeps what
 * the statistics and the record of handling need — platform, account, when it was written, its deadline, when it
 * was first answered, its state, who handled it and when, the Platina reference — and loses what identifies or
 * quotes the resident: the text, their name and id, links to the comment (and to a resident's own post) and to its
 * photos or videos, the replies sent (they quote and greet the resident), the words of the comment it answered and
 * of the city's answer it came after, notes, and the copy kept of a hidden comment. The platform's ids — of the
 * comment, of the comments around it, of the city's answers to it, of a resident's own post — become keyed ids
 * (services/domain/keyed-id.ts): the figures still group what belonged together. A comment never closed is kept
 * up to an upper age and then treated the same, and closed by the records plan: its words are gone, so nobody can
 * answer it any more; its 24-hour promise counts as it stood (kept, or broken when nobody answered).
 */
export interface RetentionCutoffs {
  /** Handled (closed) comments written before this lose their words. */
  readonly handled: string;
  /** Comments never closed (left open, held, acknowledged, a case, waiting) written before this: the upper age. */
  readonly unclosed: string;
  /**
   * The periods whose archive package was taken out ([startUtc, endUtc), UTC ISO) and when: only a comment written in
   * one of them, and not changed since that package was taken, is due. Undefined where the city archives by other
   * means (ARCHIVED_BY_OTHER_MEANS).
   */
  readonly archived?:
    readonly { readonly startUtc: string; readonly endUtc: string; readonly takenAt: string }[] | undefined;
}

/** The last time anything was added to a comment: received, answered, closed, moderated, or a history line. */
export function lastChangedAt(comment: StoredComment): string {
  const times = [
    comment.receivedAt,
    comment.editedAt,
    comment.closure?.at,
    comment.moderation?.at,
    ...comment.sent.map((sent) => sent.at),
    ...comment.recent.map((line) => line.at),
  ].filter((time): time is string => time !== undefined);
  return times.reduce((latest, time) => (time > latest ? time : latest), comment.writtenAt);
}

/**
 * Whether the comment, as it is now, is in an archive package (or the city archives by other means): written in a
 * period whose package was taken after its last change. One answered or closed after the package, or received
 * late, waits until its period is taken out again.
 */
export function isArchived(comment: StoredComment, cutoffs: RetentionCutoffs): boolean {
  if (cutoffs.archived === undefined) return true;
  const changed = lastChangedAt(comment);
  return cutoffs.archived.some(
    (p) => p.startUtc <= comment.writtenAt && comment.writtenAt < p.endUtc && changed < p.takenAt,
  );
}

export function isDueForRetention(comment: StoredComment, cutoffs: RetentionCutoffs): boolean {
  if (comment.anonymisedAt) return false;
  const past = comment.writtenAt < (isClosed(comment.state) ? cutoffs.handled : cutoffs.unclosed);
  return past && isArchived(comment, cutoffs);
}

/** Who closes an item the records plan ended before anyone did. */
export const RECORDS_PLAN = SVARSVAKTEN;

function withoutDetail(event: HistoryEvent): HistoryEvent {
  return { at: event.at, by: event.by, action: event.action };
}

/** The workflow part without words: who handled it, when, the reason code and the Platina reference. */
function workflowWithoutWords(comment: StoredComment, at: string): Workflow {
  const people = handledBy(comment);
  const closure = comment.closure && {
    by: comment.closure.by,
    at: comment.closure.at,
    ...(comment.closure.reason ? { reason: comment.closure.reason } : {}),
    ...(comment.closure.platinaRef ? { platinaRef: comment.closure.platinaRef } : {}),
    ...(comment.closure.expired ? { expired: comment.closure.expired } : {}),
  };
  switch (comment.state) {
    case 'moderated':
      return {
        ...people,
        state: comment.state,
        closure: closure ?? comment.closure,
        moderation: {
          action: comment.moderation.action,
          reason: comment.moderation.reason,
          by: comment.moderation.by,
          at: comment.moderation.at,
          copy: { text: '', authorName: '', authorId: '', writtenAt: comment.moderation.copy.writtenAt },
        },
      };
    case 'answered':
    case 'referred':
    case 'no_reply':
    case 'case_closed':
      return { ...people, state: comment.state, closure: closure ?? comment.closure };
    default:
      // Never closed: the records plan ends it. It leaves the queue and the reminders; whoever held it stays named.
      return {
        ...people,
        state: 'no_reply',
        closure: { by: RECORDS_PLAN, at, expired: true },
      };
  }
}

/**
 * What a purged comment keeps, field by field: an allow-list, so a field added to comments later is dropped by the
 * purge until it is named here. Its ids (and those of its conversation, its answers and a resident's own post) are
 * keyed; the resident's words, name, id, links, media, the replies' texts, department questions and notes go.
 */
export function anonymise(comment: StoredComment, at: string, keyed: KeyedIds): StoredComment {
  const key = (commentId: string) => keyed({ platform: comment.platform, commentId });
  // A post that is itself an item (a resident's post on the Page, the start of the conversation a comment is in) is
  // the resident's, and on X the post a mention hangs from often is: its id leads to them, so it is keyed as well.
  const residentsPost =
    comment.origin === 'visitor_post' ||
    comment.origin === 'mention' ||
    comment.platform === 'x' ||
    (comment.postId !== '' && comment.conversation?.rootId === comment.postId);
  const { conversation, thread, parentId, card, firstResponseAt, origin } = comment;
  const toRedact = [
    ...(card ? [card] : []),
    ...(comment.questions ?? []).flatMap((question) => (question.card ? [question.card] : [])),
  ];
  const facts: CommentFacts = {
    platform: comment.platform,
    commentId: key(comment.commentId),
    accountId: comment.accountId,
    postId: residentsPost ? key(comment.postId) : comment.postId,
    ...(parentId ? { parentId: key(parentId) } : {}),
    authorId: '',
    authorName: '',
    text: '',
    writtenAt: comment.writtenAt,
    receivedAt: comment.receivedAt,
    deadline: comment.deadline,
    platformStatus: comment.platformStatus,
    ...(origin ? { origin } : {}),
    sent: comment.sent.map((sent) => ({
      kind: sent.kind,
      text: '',
      by: sent.by,
      at: sent.at,
      platformReplyId: key(sent.platformReplyId),
      ...(sent.onPlatform ? { onPlatform: sent.onPlatform } : {}),
    })),
    ...(firstResponseAt ? { firstResponseAt } : {}),
    recent: comment.recent.map(withoutDetail),
    // The conversation it belongs to stays (for the figures); the words it quoted go.
    ...(conversation ? { conversation: { rootId: key(conversation.rootId) } } : {}),
    ...(thread
      ? {
          thread: {
            replies: thread.replies,
            unanswered: thread.unanswered,
            ...(thread.latestWaitingAt ? { latestWaitingAt: thread.latestWaitingAt } : {}),
            ...(thread.replyIds ? { replyIds: thread.replyIds.map(key) } : {}),
          },
        }
      : {}),
    // Where its card is, and every card that showed its words: each is redacted until Teams confirms.
    ...(card ? { card } : {}),
    ...(toRedact.length > 0 ? { cardsToRedact: toRedact } : {}),
    anonymisedAt: at,
  };
  return { ...facts, ...workflowWithoutWords(comment, at) };
}
