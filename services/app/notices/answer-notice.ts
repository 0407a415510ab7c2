import { reminderTexts } from '../../../cards/locale/message-words';
import { inBothLanguages } from './in-both-languages';
import type { StoredComment } from '../../domain/comment';
import type { AnswerNotices } from '../ingest/ingest-seams';
import type { Log } from '../../ports/index';
import type { HolderPing } from './holder-ping';

/** Tells a comment's holder in 1:1 that the city's account answered it on the platform itself. */
export class AnswerNotice implements AnswerNotices {
  constructor(
    private readonly ping: HolderPing,
    private readonly logger: Log,
  ) {}

  async answeredOnPlatform(comment: StoredComment): Promise<void> {
    if (!comment.holder) return;
    await this.ping.send(
      comment,
      ...inBothLanguages(comment, reminderTexts, (T) => T.answeredOnPlatform(comment), { alert: false }),
    );
    this.logger.info({ event: 'answer.on_platform.told', platform: comment.platform }, 'holder told');
  }
}
