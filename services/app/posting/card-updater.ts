import { isAppError } from '../../domain/app-error';
import type { StoredComment } from '../../domain/comment';
import { stringsFor } from '../../../cards/locale/pick-strings';
import type { ChannelLanguages, Log, TeamsPoster } from '../../ports/index';
import { channelLanguage } from '../notices/channel-language';
import type { CardRenderer } from './card-renderer';

/**
 * Brings the posted card in the channel up to date, for everyone, in the language kept for the channel. A failure is
 * logged, never thrown.
 */
export class CardUpdater {
  constructor(
    private readonly poster: TeamsPoster,
    private readonly renderer: CardRenderer,
    private readonly logger: Log,
    private readonly channelLanguages?: Pick<ChannelLanguages, 'of'>,
  ) {}

  async refresh(comment: StoredComment): Promise<boolean> {
    if (!comment.card) return false;
    const strings = stringsFor(await channelLanguage(this.channelLanguages, comment.card.channelId));
    try {
      await this.poster
        .updateCard(comment.card, this.renderer.render(comment, { strings }), comment.deadline)
        .catch((error: unknown) => {
          // Too big for Teams after all (413): the smallest card, never the same one again.
          if (!isAppError(error, 'teams_send_failed') || error.details.status !== 413) throw error;
          this.logger.warn(
            { event: 'card.too_large', platform: comment.platform },
            'card refused as too big',
          );
          return this.poster.updateCard(
            comment.card!,
            this.renderer.renderSmallest(comment, { strings }),
            comment.deadline,
          );
        });
      return true;
    } catch (error) {
      this.logger.warn(
        {
          event: 'card.update.failed',
          platform: comment.platform,
          code: isAppError(error) ? error.code : 'unexpected',
        },
        'card not updated',
      );
      return false;
    }
  }
}
