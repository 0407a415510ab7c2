/** The social platforms Svarsvakten knows. Each comment is keyed by platform + the platform's own comment id. */
export const PLATFORMS = ['facebook', 'messenger', 'instagram', 'linkedin', 'x', 'youtube'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const PLATFORM_NAMES: Readonly<Record<Platform, string>> = {
  facebook: 'Facebook',
  messenger: 'Messenger',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  x: 'X',
  youtube: 'YouTube',
};

/**
 * What the account may do with a resident's comment on each platform: Facebook and Instagram hide and delete; X hides
 * a reply in the account's conversations and cannot delete someone else's post; YouTube holds a comment for review
 * (hidden) or rejects it (removed); LinkedIn's API and Messenger offer neither.
 */
export const MODERATION: Readonly<Record<Platform, { readonly hide: boolean; readonly remove: boolean }>> = {
  facebook: { hide: true, remove: true },
  instagram: { hide: true, remove: true },
  x: { hide: true, remove: false },
  youtube: { hide: true, remove: true },
  linkedin: { hide: false, remove: false },
  messenger: { hide: false, remove: false },
};

export function isPlatform(value: unknown): value is Platform {
  return typeof value === 'string' && (PLATFORMS as readonly string[]).includes(value);
}

export interface CommentKey {
  readonly platform: Platform;
  readonly commentId: string;
}

export function commentKeyText(key: CommentKey): string {
  return `${key.platform}:${key.commentId}`;
}
