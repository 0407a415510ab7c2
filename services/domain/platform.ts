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
