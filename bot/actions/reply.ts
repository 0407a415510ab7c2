import { REPLY_INPUT_ID } from '../../cards/comment-card';
import { AppError } from '../../services/domain/app-error';
import { beginReply, completeReply, failReply } from '../../services/domain/comment-transitions';
import { applyTransition, noticeFor, type CardActionHandler } from './card-action';

const MAX_DRAFT_LENGTH = 20_000;

/**
 * Skicka svar: only the holder may send; the text goes out signed with their first name (P9). The comment is
 * marked "sending" before publishing, so a retried click publishes nothing twice; a failure keeps the draft.
 */
export const handleReply: CardActionHandler = async (deps, key, { actor, data }) => {
  const raw = data[REPLY_INPUT_ID];
  const draft = typeof raw === 'string' ? raw.slice(0, MAX_DRAFT_LENGTH) : '';
  let signedText = '';
  const started = await applyTransition(deps, key, (comment) => {
    const plan = beginReply(comment, actor, draft, deps.clock.now());
    signedText = plan.signedText;
    return plan.comment;
  });
  if (!started.ok) {
    deps.logger.info({ event: 'card.reply.rejected', code: started.error.code }, 'reply refused');
    return deps.renderer.render(started.comment, { notice: noticeFor(started.error), draft });
  }
  void deps.updater.refresh(started.comment);

  let replyId: string;
  try {
    ({ replyId } = await deps.publisher.publishReply(started.comment, signedText));
  } catch (error) {
    const failed = await applyTransition(deps, key, failReply);
    deps.logger.warn(
      {
        event: 'card.reply.failed',
        platform: key.platform,
        code: error instanceof AppError ? error.code : 'unexpected',
      },
      'reply not published; draft kept',
    );
    await deps.updater.refresh(failed.comment);
    return deps.renderer.render(failed.comment, { notice: noticeFor(error), draft });
  }

  const done = await applyTransition(deps, key, (comment) =>
    completeReply(comment, signedText, replyId, deps.clock.now()),
  );
  deps.logger.info({ event: 'card.replied', platform: key.platform }, 'reply published');
  await deps.updater.refresh(done.comment);
  return deps.renderer.render(done.comment, { notice: { tone: 'good', text: 'Svaret är publicerat.' } });
};
