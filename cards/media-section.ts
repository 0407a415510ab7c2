import type { Media, StoredComment } from '../services/domain/comment';
import { isPlatformMediaLink } from '../services/domain/platform-links';
import type { Element } from './card-elements';
import { run, runs } from './literal-text';
import type { CardStrings } from './locale/card-strings';

/**
 * The photos, videos, GIFs and stickers a resident added: a photo shown as an image, anything else as a labelled
 * link, each only from the platforms' own media hosts. Nothing is shown once the comment is anonymised.
 */
export function mediaSection(S: CardStrings, comment: StoredComment): Element[] {
  if (comment.anonymisedAt || !comment.media?.length) return [];
  return comment.media.map((media: Media): Element => {
    const url = isPlatformMediaLink(media.url) ? media.url : undefined;
    if (media.kind === 'photo' && url) {
      return {
        type: 'Image',
        url,
        altText: S.media.photo,
        size: 'large',
        spacing: 'small',
        selectAction: { type: 'Action.OpenUrl', url },
      };
    }
    const label = `${S.media.icon[media.kind]} ${S.media.kinds[media.kind]}`;
    return runs([run(label, { size: 'small', ...(url ? { url, color: 'accent' } : { isSubtle: true }) })], {
      spacing: 'small',
    });
  });
}
