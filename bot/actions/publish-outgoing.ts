import type { CardStrings } from '../../cards/locale/card-strings';
import { SV } from '../../cards/locale/sv';
import { isAppError } from '../../services/domain/app-error';
import type { OutgoingKind, Person, StoredComment } from '../../services/domain/comment';
import { beginSend, completeSend, failSend } from '../../services/domain/comment-transitions';
import type { CommentKey } from '../../services/domain/platform';
import { signReply } from '../../services/domain/signature';
import { fillTemplate } from '../../services/domain/templates';
import { applyTransition, noticeFor, type CardActionDeps } from './card-action';

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
  key: CommentKey,
  actor: Person,
  kind: OutgoingKind,
  draft: string,
  strings: CardStrings | undefined,
): Promise<Record<string, unknown>> {
  const now = () => deps.clock.now();
  const language = strings ? { strings } : {};
  const kept = draft ? { draft } : {};
  const started = await applyTransition(deps, key, (comment) =>
    beginSend(comment, actor, kind, composeOutgoing(deps, comment, actor, kind, draft), draft, now()),
  );
  if (!started.ok) {
    deps.logger.info({ event: `card.${kind}.rejected`, code: started.error.code }, 'publish refused');
    return deps.renderer.render(started.comment, {
      notice: noticeFor(started.error, strings),
      ...kept,
      ...language,
    });
  }
  void deps.updater.refresh(started.comment);
  const signedText = started.comment.sending?.signedText ?? '';

  let replyId: string;
  try {
    ({ replyId } = await deps.publisher.publishReply(started.comment, signedText));
  } catch (error) {
    const code = isAppError(error) ? error.code : 'unexpected';
    const failed = await applyTransition(deps, key, (comment) => failSend(comment, code, now()));
    deps.logger.warn(
      { event: `card.${kind}.failed`, platform: key.platform, code },
      'not published; draft kept',
    );
    await deps.updater.refresh(failed.comment);
    return deps.renderer.render(failed.comment, { notice: noticeFor(error, strings), ...kept, ...language });
  }

  const done = await applyTransition(deps, key, (comment) => completeSend(comment, replyId, now()));
  // A resident who replies to this answer joins the comment's conversation.
  await deps.conversationIndex
    ?.remember({ platform: key.platform, commentId: replyId }, key)
    .catch((error: unknown) =>
      deps.logger.warn(
        { event: 'answer.index.failed', code: isAppError(error) ? error.code : 'unexpected' },
        'answer not indexed',
      ),
    );
  deps.logger.info({ event: `card.${kind}.published`, platform: key.platform }, 'published');
  await deps.updater.refresh(done.comment);
  return deps.renderer.render(done.comment, {
    notice: { tone: 'good', text: (strings ?? SV).done[kind] },
    ...language,
  });
}
