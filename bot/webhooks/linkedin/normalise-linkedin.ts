import { linkedInPostLink } from '../../../services/domain/platform-links';
import type { IncomingEvent } from '../../../services/domain/comment';
import { firstWords } from '../../../services/domain/first-words';
import { epochIso, isObject, str } from '../read-json';

const ORGANIZATION = 'urn:li:organization:';

/**
 * LinkedIn organization social action notifications → our events. COMMENT on the organization's posts becomes a
 * card; the organization's own comments (ADMIN_COMMENT, or the organization as owner) do not; COMMENT_EDIT and
 * COMMENT_DELETE change the card; likes and shares are left out. The comment text is read at `comment.text` or
 * `comment.message.text`, as integrations report both.
 */
export function normaliseLinkedIn(body: unknown, receivedAt: string): IncomingEvent[] {
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
    const at = epochIso(notification.lastModifiedAt, 'milliseconds') ?? receivedAt;
    const message = isObject(comment.message) ? comment.message : {};
    const text = str(comment.text) ?? str(message.text) ?? '';
    switch (notification.action) {
      case 'COMMENT': {
        if (str(comment.owner) === organization) continue;
        const post = isObject(notification.decoratedSourcePost) ? notification.decoratedSourcePost : {};
        const sourcePost = str(comment.object) ?? str(notification.sourcePost) ?? '';
        const postText = str(post.text);
        // A nested comment names the comment it answers (the Comments API's parentComment).
        const parentId = str(comment.parentComment);
        events.push({
          kind: 'new',
          comment: {
            ...key,
            accountId: organization.slice(ORGANIZATION.length),
            postId: sourcePost,
            ...(parentId ? { parentId } : {}),
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
      case 'ADMIN_COMMENT': {
        // The organization answering a comment (nested under it); its comment on its own post answers nobody.
        const parent = str(comment.parentComment);
        if (parent) {
          events.push({
            kind: 'city_answer',
            key: { platform: 'linkedin', commentId: parent },
            answerId: commentId,
            text,
            writtenAt: at,
          });
        }
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
