/** The social platforms Svarsvakten knows. Each comment is keyed by platform + the platform's own comment id. */
export const PLATFORMS = ['facebook', 'messenger', 'instagram', 'linkedin', 'x', 'youtube'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** What the account may do with a resident's comment there. */
export interface ModerationAbility {
  readonly hide: boolean;
  readonly remove: boolean;
}

/**
 * What the domain knows of one platform: its name, what may be done with a comment there, the longest reply it takes,
 * the settings an account's tokens are configured in, and the hosts its links and media are served from. A new
 * platform is one more entry here (the compiler asks for it) and one in `bot/platforms/registry.ts`.
 */
export interface PlatformTraits {
  readonly name: string;
  readonly moderation: ModerationAbility;
  /** Longest reply, in the unit the platform counts (services/domain/text-limits.ts). */
  readonly replyLimit: number;
  /** The start of the setting an account's access token is in (the account id follows). */
  readonly tokenSetting: string;
  /** The start of the setting an account's refresh token is in, where its tokens are renewed. */
  readonly refreshSetting?: string;
  /** The https hosts a card may link to for this platform (their subdomains too). */
  readonly hosts: readonly string[];
  /** The hosts its images and videos are served from. */
  readonly mediaHosts: readonly string[];
}

/**
 * Facebook and Instagram hide and delete; X hides a reply in the account's conversations and cannot delete someone
 * else's post; YouTube holds a comment for review (hidden) or rejects it (removed); LinkedIn's API and Messenger offer
 * neither. Reply limits: Facebook publishes none for comments (8,000 characters is the figure commonly observed);
 * Messenger's Send API takes 2,000 characters; Instagram cuts comments at 2,200 as its captions (the Graph API
 * documents no separate figure); LinkedIn publishes none (1,250 is the figure tools use); X counts 280 weighted.
 */
export const PLATFORM_TRAITS: Readonly<Record<Platform, PlatformTraits>> = {
  facebook: {
    name: 'Facebook',
    moderation: { hide: true, remove: true },
    replyLimit: 8000,
    tokenSetting: 'META_PAGE_TOKEN_',
    hosts: ['facebook.com', 'fb.com'],
    mediaHosts: ['fbcdn.net', 'fbsbx.com'],
  },
  messenger: {
    name: 'Messenger',
    moderation: { hide: false, remove: false },
    replyLimit: 2000,
    tokenSetting: 'META_PAGE_TOKEN_',
    hosts: ['facebook.com'],
    mediaHosts: ['fbcdn.net', 'fbsbx.com'],
  },
  instagram: {
    name: 'Instagram',
    moderation: { hide: true, remove: true },
    replyLimit: 2200,
    tokenSetting: 'META_PAGE_TOKEN_',
    hosts: ['instagram.com'],
    mediaHosts: ['cdninstagram.com', 'fbcdn.net'],
  },
  linkedin: {
    name: 'LinkedIn',
    moderation: { hide: false, remove: false },
    replyLimit: 1250,
    tokenSetting: 'LINKEDIN_TOKEN_',
    refreshSetting: 'LINKEDIN_REFRESH_TOKEN_',
    hosts: ['linkedin.com'],
    mediaHosts: ['licdn.com'],
  },
  x: {
    name: 'X',
    moderation: { hide: true, remove: false },
    replyLimit: 280,
    tokenSetting: 'X_USER_TOKEN_',
    refreshSetting: 'X_REFRESH_TOKEN_',
    hosts: ['x.com', 'twitter.com'],
    mediaHosts: ['twimg.com'],
  },
  youtube: {
    name: 'YouTube',
    moderation: { hide: true, remove: true },
    replyLimit: 10000,
    tokenSetting: 'YOUTUBE_TOKEN_',
    refreshSetting: 'YOUTUBE_REFRESH_TOKEN_',
    hosts: ['youtube.com', 'youtu.be'],
    mediaHosts: ['ytimg.com', 'ggpht.com'],
  },
};

/** One value per platform, drawn from its traits. */
export function perPlatform<T>(pick: (traits: PlatformTraits) => T): Readonly<Record<Platform, T>> {
  return Object.fromEntries(PLATFORMS.map((p) => [p, pick(PLATFORM_TRAITS[p])])) as Record<Platform, T>;
}

export const PLATFORM_NAMES: Readonly<Record<Platform, string>> = perPlatform((t) => t.name);

export const MODERATION: Readonly<Record<Platform, ModerationAbility>> = perPlatform((t) => t.moderation);

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
