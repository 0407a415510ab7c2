import { AppError } from '../../domain/app-error';
import type { GoogleError, YouTubeComment } from './youtube-shapes';

interface RepliesPage {
  nextPageToken?: string;
  items?: YouTubeComment[];
}

/** A thread's replies as `comments.list` gives them, and the quota units the pages cost (1 each). */
export interface ThreadReplies {
  readonly comments: readonly YouTubeComment[];
  readonly units: number;
}

/**
 * Every reply under a top-level comment: `commentThreads.list` returns only some of them inline (its documentation
 * calls them a subset), so a thread whose `totalReplyCount` is larger is read with
 * `comments.list?parentId=`, 100 a page, following `nextPageToken`. Throws AppError 'platform_quota_exceeded'
 * when the day's quota is spent, with the units spent before it in `details.units`.
 */
export async function readAllReplies(
  apiUrl: string,
  token: string,
  parentId: string,
): Promise<ThreadReplies> {
  const comments: YouTubeComment[] = [];
  let units = 0;
  let pageToken: string | undefined;
  do {
    const query = new URLSearchParams({
      part: 'snippet',
      parentId,
      maxResults: '100',
      textFormat: 'plainText',
      ...(pageToken ? { pageToken } : {}),
    });
    const response = await fetch(`${apiUrl}/youtube/v3/comments?${query.toString()}`, {
      headers: { Authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(15_000),
    });
    units += 1;
    const body = (await response.json().catch(() => ({}))) as RepliesPage & GoogleError;
    if (response.status === 403 && body.error?.errors?.[0]?.reason === 'quotaExceeded')
      throw new AppError('platform_quota_exceeded', 'YouTube quota spent', { units });
    if (response.status === 401)
      throw new AppError('platform_token_expired', 'YouTube token expired or invalid');
    if (!response.ok)
      throw new AppError('platform_unavailable', 'YouTube replies could not be read', {
        status: response.status,
      });
    comments.push(...(body.items ?? []));
    pageToken = body.nextPageToken;
  } while (pageToken);
  return { comments, units };
}
