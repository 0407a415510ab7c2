import type { IncomingCommentChange } from '../../../services/domain/comment';
import type { CommentKey } from '../../../services/domain/platform';
import { idText, isObject, type Json } from '../read-json';

/** Who wrote a feed change: `from`, or `sender_id`/`sender_name` in older payloads. */
export function feedAuthor(value: Json): { id: string; name: string } {
  const from = isObject(value.from) ? value.from : {};
  return {
    id: idText(from.id) ?? idText(value.sender_id) ?? '',
    name: idText(from.name) ?? idText(value.sender_name) ?? '',
  };
}

/** An edit (`edit` or `edited`, both are sent) or a removal (`remove` or `delete`) of a comment or post. */
export function editOrRemoval(
  verb: unknown,
  key: CommentKey,
  value: Json,
  at: string,
): IncomingCommentChange | undefined {
  switch (verb) {
    case 'edit':
    case 'edited':
      return { kind: 'edited', key, text: idText(value.message) ?? '', editedAt: at };
    case 'remove':
    case 'delete':
      return { kind: 'removed', key, at };
    default:
      return undefined;
  }
}
