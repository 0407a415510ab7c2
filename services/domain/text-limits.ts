import twitterText from 'twitter-text';
import type { Platform } from './platform';

/**
 * Longest reply each platform accepts, in the unit the platform counts.
 * Facebook publishes no limit for comments; 8,000 characters is the figure commonly observed. Messenger's Send API
 * takes at most 2,000 characters of text. Instagram comments are cut at 2,200 characters, as its captions are
 * (the Graph API documents no separate figure). LinkedIn publishes none for comments; 1,250 is the figure tools use.
 */
export const REPLY_LIMITS: Readonly<Record<Platform, number>> = {
  facebook: 8000,
  messenger: 2000,
  instagram: 2200,
  linkedin: 1250,
  x: 280,
  youtube: 10000,
};

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
