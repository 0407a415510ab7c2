import { isAppError } from '../../services/domain/app-error';
import type { OutgoingKind, Person, StoredComment } from '../../services/domain/comment';
import {
  beginSend,
  completeSend,
  failSend,
  type Transition,
} from '../../services/domain/comment-transitions';
import { signReply } from '../../services/domain/signature';
import { fillTemplate } from '../../services/domain/templates';
import { applyTransition, noticeFor, type CardActionDeps, type Click, type ClickResult } from './card-action';

/** The exact text that goes out: the draft, or the account's template, signed by the writer (P8, P9). */
export function composeOutgoing(
  deps: Pick<CardActionDeps, 'accounts'>,
  comment: StoredComment,
  writer: Person,
  kind: OutgoingKind,
  draft: string,
): string {
  const templates = deps.accounts.templatesFor(comment.platform, comment.accountId);
  const body =
    kind === 'reply'
      ? draft
      : fillTemplate(
          kind === 'holding_reply' ? templates.holdingReply : templates.referralReply,
          comment.authorName,
          templates.referralLink,
        );
  return signReply(body, writer, templates.signature);
}

/**
 * Publishes a reply, holding reply or referral. The comment is marked "sending" first, so a retried click sends
 * nothing twice; a refusal from the platform puts it back as it was, with the draft kept and the reason on the card.
 */
export async function publishOutgoing(
  deps: CardActionDeps,
  click: Click,
  kind: OutgoingKind,
  draft: string,
  start: (comment: StoredComment) => Transition = (comment) =>
    beginSend(
      comment,
      click.actor,
      kind,
      composeOutgoing(deps, comment, click.actor, kind, draft),
      draft,
      click.now,
    ),
): Promise<ClickResult> {
  const { key, strings, logger } = click;
  const kept = draft ? { draft } : {};
  const started = await applyTransition(deps, key, start);
  if (!started.ok) {
    logger.info({ event: `card.${kind}.rejected`, code: started.error.code }, 'publish refused');
    return { comment: started.comment, notice: noticeFor(started.error, strings), ...kept };
  }
  void deps.updater.refresh(started.comment);
  const signedText = started.comment.sending?.signedText ?? '';

  let replyId: string;
  try {
    ({ replyId } = await deps.publisher.publishReply(started.comment, signedText));
  } catch (error) {
    const code = isAppError(error) ? error.code : 'unexpected';
    const failed = await applyTransition(deps, key, (comment) => failSend(comment, code, deps.clock.now()));
    logger.warn({ event: `card.${kind}.failed`, code }, 'not published; draft kept');
    await deps.updater.refresh(failed.comment);
    return { comment: failed.comment, notice: noticeFor(error, strings), ...kept };
  }

  // Published when the platform took it, which may be a while after the click.
  const done = await applyTransition(deps, key, (comment) =>
    completeSend(comment, replyId, deps.clock.now()),
  );
  // A resident who replies to this answer joins the comment's conversation.
  await deps.conversationIndex
    ?.remember({ platform: key.platform, commentId: replyId }, key)
    .catch((error: unknown) =>
      logger.warn(
        { event: 'answer.index.failed', code: isAppError(error) ? error.code : 'unexpected' },
        'answer not indexed',
      ),
    );
  logger.info({ event: `card.${kind}.published` }, 'published');
  await deps.updater.refresh(done.comment);
  return { comment: done.comment, notice: { tone: 'good', text: strings.done[kind] } };
}
