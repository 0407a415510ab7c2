import { REMINDER_TEXTS_EN } from '../../../cards/locale/reminder-texts-en';
import { renderExcerptCard } from '../../../cards/excerpt-card';
import type { StoredComment } from '../../domain/comment';
import type { AnswerNotices } from '../ingest/ingest-seams';
import type { Log } from '../../ports/index';
import type { HolderPing } from './holder-ping';
import { REMINDER_TEXTS } from '../../../cards/locale/reminder-texts';

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
      { text: REMINDER_TEXTS.answeredOnPlatform(comment), card: renderExcerptCard(comment) },
      { text: REMINDER_TEXTS_EN.answeredOnPlatform(comment), card: renderExcerptCard(comment, 'en') },
    );
    this.logger.info({ event: 'answer.on_platform.told', platform: comment.platform }, 'holder told');
  }
}
