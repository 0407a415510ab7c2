import type { IncomingComment } from '../../services/domain/comment';

/** A Facebook comment as the normaliser gives it, the same in every test that needs one; any field replaceable. */
export function facebookComment(id: string, overrides: Partial<IncomingComment> = {}): IncomingComment {
  return {
    platform: 'facebook',
    commentId: `122187654321098765_${id}`,
    accountId: '104729384756102',
    postId: '104729384756102_122187654321098765',
    authorId: '7781',
    authorName: 'Anna Lindqvist',
    text: 'När töms soporna på Östra Kyrkogatan?',
    writtenAt: '2026-12-02T07:55:00.000Z',
    ...overrides,
  };
}
