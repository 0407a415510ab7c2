import { DateTime } from 'luxon';
import { linkedInPostLink } from '../../../services/domain/platform-links';
import type { IncomingEvent } from '../../../services/domain/comment';
import { firstWords } from '../../../services/domain/first-words';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

const ORGANIZATION = 'urn:li:organization:';

/**
 * LinkedIn organization social action notifications → our events. COMMENT on the organization's posts becomes a
 * card; the organization's own comments (ADMIN_COMMENT, or the organization as owner) do not; COMMENT_EDIT and
 * COMMENT_DELETE change the card; likes and shares are left out. The comment text is read at `comment.text` or
 * `comment.message.text`, as integrations report both.
 */
export function normaliseLinkedIn(body: unknown): IncomingEvent[] {
  if (!isObject(body) || !Array.isArray(body.notifications)) return [];
  const events: IncomingEvent[] = [];
  for (const notification of body.notifications) {
    if (!isObject(notification)) continue;
    const organization = str(notification.organizationalEntity) ?? '';
    const decorated = isObject(notification.decoratedGeneratedActivity)
      ? notification.decoratedGeneratedActivity
      : {};
    const comment = isObject(decorated.comment) ? decorated.comment : {};
    const commentId = str(comment.entity) ?? str(notification.generatedActivity);
    if (!commentId || !organization.startsWith(ORGANIZATION)) continue;
    const key = { platform: 'linkedin' as const, commentId };
    const at =
      typeof notification.lastModifiedAt === 'number'
        ? (DateTime.fromMillis(notification.lastModifiedAt, { zone: 'utc' }).toISO() ?? '')
        : (DateTime.utc().toISO() ?? '');
    const message = isObject(comment.message) ? comment.message : {};
    const text = str(comment.text) ?? str(message.text) ?? '';
    switch (notification.action) {
      case 'COMMENT': {
        if (str(comment.owner) === organization) continue;
        const post = isObject(notification.decoratedSourcePost) ? notification.decoratedSourcePost : {};
        const sourcePost = str(comment.object) ?? str(notification.sourcePost) ?? '';
        const postText = str(post.text);
        events.push({
          kind: 'new',
          comment: {
            ...key,
            accountId: organization.slice(ORGANIZATION.length),
            postId: sourcePost,
            ...(linkedInPostLink(sourcePost) ? { postPermalink: linkedInPostLink(sourcePost) ?? '' } : {}),
            ...(postText ? { postFirstWords: firstWords(postText, 8) } : {}),
            authorId: str(comment.owner) ?? '',
            // LinkedIn's notifications name nobody; the card says whose platform it came from.
            authorName: '',
            text,
            writtenAt: at,
          },
        });
        break;
      }
      case 'COMMENT_EDIT':
        events.push({ kind: 'edited', key, text, editedAt: at });
        break;
      case 'COMMENT_DELETE':
        events.push({ kind: 'removed', key, at });
        break;
      default:
        break;
    }
  }
  return events;
}
