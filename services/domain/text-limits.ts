import twitterText from 'twitter-text';
import { perPlatform, type Platform } from './platform';

/** Longest reply each platform accepts, in the unit the platform counts (its traits say why each figure). */
export const REPLY_LIMITS: Readonly<Record<Platform, number>> = perPlatform((t) => t.replyLimit);

/**
 * Length as the platform counts it: X weighs characters (most letters 1, emoji 2, any URL 23) — counted with X's
 * own twitter-text; elsewhere characters as a person counts them (code points), not UTF-16 units.
 */
export function replyLength(platform: Platform, text: string): number {
  if (platform === 'x') return twitterText.parseTweet(text).weightedLength;
  return [...text].length;
}

export function charactersOver(platform: Platform, text: string): number {
  return Math.max(0, replyLength(platform, text) - REPLY_LIMITS[platform]);
}
