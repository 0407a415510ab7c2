import assert from 'node:assert/strict';
import type { Locator } from 'playwright-core';
import { metaCommentDelivery } from '../../bot/demo/meta-comment-delivery';
import { signMetaBody } from '../../bot/webhooks/meta/verify-meta-signature';
import type { E2EStack } from './e2e-stack';

/** The comment card on screen that shows the author's name. */
export function cardOf(stack: E2EStack, author: string): Locator {
  return stack.page.locator('.ac-adaptiveCard', { hasText: author }).first();
}

/** A signed Meta webhook with a comment by `author`; waits for its card on screen unless the Page wrote it. */
export async function deliverComment(
  stack: E2EStack,
  author: string,
  text: string,
  reply: { postId: string; parentId: string; byPage?: boolean } | undefined = undefined,
): Promise<string> {
  const delivery = metaCommentDelivery({
    pageId: stack.config.accounts[0]?.id ?? '',
    author,
    text,
    writtenAt: Math.floor(Date.now() / 1000) - 600,
    ...reply,
  });
  const response = await fetch(`${stack.app.url}/api/webhooks/meta`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Hub-Signature-256': signMetaBody(delivery.body, stack.config.platforms.META_APP_SECRET),
    },
    body: delivery.body,
  });
  assert.equal(response.status, 200);
  if (!reply?.byPage) await cardOf(stack, author).waitFor({ timeout: 15000 });
  return delivery.commentId;
}
