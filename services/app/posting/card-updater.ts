import { isAppError } from '../../domain/app-error';
import type { StoredComment } from '../../domain/comment';
import type { Log, TeamsPoster } from '../../ports/index';
import type { CardRenderer } from './card-renderer';

/** Brings the posted card in the channel up to date, for everyone. A failure is logged, never thrown. */
export class CardUpdater {
  constructor(
    private readonly poster: TeamsPoster,
    private readonly renderer: CardRenderer,
    private readonly logger: Log,
  ) {}

  async refresh(comment: StoredComment): Promise<boolean> {
    if (!comment.card) return false;
    try {
      await this.poster
        .updateCard(comment.card, this.renderer.render(comment), comment.deadline)
        .catch((error: unknown) => {
          // Too big for Teams after all (413): the smallest card, never the same one again.
          if (!isAppError(error, 'teams_send_failed') || error.details.status !== 413) throw error;
          this.logger.warn(
            { event: 'card.too_large', platform: comment.platform },
            'card refused as too big',
          );
          return this.poster.updateCard(
            comment.card!,
            this.renderer.renderSmallest(comment),
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
