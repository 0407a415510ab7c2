import { AppError, isAppError } from '../../domain/app-error';
import type { OutgoingKind } from '../../domain/workflow';
import type { Person } from '../../domain/person';
import type { StoredComment } from '../../domain/comment';
import { beginSend, completeSend, failSend } from '../../domain/comment-transitions';
import { type Transition } from '../../domain/transition-steps';
import { signReply } from '../../domain/signature';
import { fillTemplate } from '../../domain/templates';
import {
  applyTransition,
  currentComment,
  noticeFor,
  type CardActionDeps,
  type Click,
  type ClickResult,
} from './card-action';
import { isStaleSending } from '../../domain/transition-steps';

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
 * A send that never recorded its outcome (its process died after the platform may have taken it): the platform is
 * asked first. Found there, the send is complete and nothing goes out again; certainly not there, the new send goes
 * ahead; where the platform cannot tell, the card says so and the holder chooses (send again, or close it as
 * answered there). Undefined when there was no such send, or the new send may go ahead.
 */
async function settleStaleSend(deps: CardActionDeps, click: Click): Promise<ClickResult | undefined> {
  const current = await currentComment(deps, click.key);
  if (current.state !== 'sending' || !isStaleSending(current, click.now)) return undefined;
  const { signedText, kind } = current.sending;
  let found: string | undefined;
  try {
    if (!deps.publisher.publishedAlready)
      throw new AppError('platform_outcome_unknown', 'Cannot tell whether the reply was published');
    found = await deps.publisher.publishedAlready(current, signedText);
  } catch (error) {
    const code = isAppError(error) ? error.code : 'platform_outcome_unknown';
    const back = await applyTransition(deps, click.key, (comment) =>
      failSend(comment, code, deps.clock.now()),
    );
    click.logger.warn({ event: `card.${kind}.outcome_unknown` }, 'an earlier send may have been published');
    await deps.updater.refresh(back.comment);
    return { comment: back.comment, notice: noticeFor(error, click.strings) };
  }
  if (!found) {
    await applyTransition(deps, click.key, (comment) => failSend(comment, 'not_published', deps.clock.now()));
    return undefined;
  }
  const done = await applyTransition(deps, click.key, (comment) =>
    completeSend(comment, found, deps.clock.now()),
  );
  click.logger.info({ event: `card.${kind}.found_published` }, 'an earlier send was published');
  await deps.updater.refresh(done.comment);
  return { comment: done.comment, notice: { tone: 'good', text: click.strings.done[kind] } };
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
  const settled = await settleStaleSend(deps, click);
  if (settled) return { ...settled, ...kept };
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
