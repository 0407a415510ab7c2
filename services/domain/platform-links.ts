import { PLATFORM_TRAITS, PLATFORMS } from './platform';

/**
 * Links to posts and comments on the platforms, built only from ids that have the platform's form and only to the
 * platform's own https hosts. Anything else gives no link: a crafted id can never become a link elsewhere.
 */

const HOSTS = [...new Set(PLATFORMS.flatMap((p) => PLATFORM_TRAITS[p].hosts))];

/** Whether a URL is plain https (no credentials) on one of the hosts or their subdomains. */
function isHttpsOn(url: string | undefined, hosts: readonly string[]): url is string {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    const host = parsed.hostname.toLowerCase();
    return (
      parsed.protocol === 'https:' &&
      parsed.username === '' &&
      parsed.password === '' &&
      hosts.some((allowed) => host === allowed || host.endsWith(`.${allowed}`))
    );
  } catch {
    return false;
  }
}

/** Whether a URL is https on one of the platforms' hosts (what a card may link to). */
export function isPlatformLink(url: string | undefined): url is string {
  return isHttpsOn(url, HOSTS);
}

/** A permalink a platform sent (Meta's `permalink_url`), kept only if it is a platform link. */
export function platformLinkOrNothing(url: string | undefined): string | undefined {
  return isPlatformLink(url) ? url : undefined;
}

export function linkedInPostLink(urn: string | undefined): string | undefined {
  if (!urn || !/^urn:li:(share|ugcPost|activity):\d{1,30}$/.test(urn)) return undefined;
  return `https://www.linkedin.com/feed/update/${encodeURIComponent(urn)}`;
}

export function xPostLink(screenName: string | undefined, id: string): string | undefined {
  if (!screenName || !/^\w{1,50}$/.test(screenName) || !/^\d{1,30}$/.test(id)) return undefined;
  return `https://x.com/${screenName}/status/${id}`;
}

export function youTubeVideoLink(videoId: string | undefined, commentId?: string): string | undefined {
  if (!videoId || !/^[\w-]{6,20}$/.test(videoId)) return undefined;
  const comment = commentId ? `&lc=${encodeURIComponent(commentId)}` : '';
  return `https://www.youtube.com/watch?v=${videoId}${comment}`;
}

/** Where the platforms serve the images and videos of posts and comments. */
const MEDIA_HOSTS = [...new Set(PLATFORMS.flatMap((p) => PLATFORM_TRAITS[p].mediaHosts))];

/** Whether a URL is https on one of the platforms' media hosts (what a card may show as an image or link to). */
export function isPlatformMediaLink(url: string | undefined): url is string {
  return isHttpsOn(url, MEDIA_HOSTS);
}
