import type { ReaderLanguage } from '../../domain/reader-language';
import type { ChannelLanguages } from '../../ports/index';

/**
 * The language a message to this channel is written in. Swedish where none is kept, or where it cannot be read just
 * now: a reminder in Swedish is better than none.
 */
export async function channelLanguage(
  languages: Pick<ChannelLanguages, 'of'> | undefined,
  channelId: string,
): Promise<ReaderLanguage> {
  if (!languages) return 'sv';
  return languages.of(channelId).catch((): ReaderLanguage => 'sv');
}
