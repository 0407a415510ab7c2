import type { TableClient } from '@azure/data-tables';
import { isReaderLanguage, type ReaderLanguage } from '../../domain/reader-language';
import type { ChannelLanguages } from '../../ports/index';
import { asStorageError, statusOf } from './table-errors';

/** The language kept per channel (`språk en`), in the Routes table's `channel-language` partition. */
const PARTITION = 'channel-language';
/** How long an instance trusts what it read: a change made on another instance shows within this. */
const KEPT_MS = 60_000;

type LanguageEntity = { partitionKey: string; rowKey: string; language: string };

export class TableChannelLanguages implements ChannelLanguages {
  private readonly read = new Map<string, { language: ReaderLanguage; at: number }>();

  constructor(
    private readonly table: TableClient,
    private readonly monotonic: () => number = () => performance.now(),
  ) {}

  async of(channelId: string): Promise<ReaderLanguage> {
    const known = this.read.get(channelId);
    if (known && this.monotonic() - known.at < KEPT_MS) return known.language;
    let language: ReaderLanguage = 'sv';
    try {
      const entity = await this.table.getEntity<LanguageEntity>(PARTITION, encodeURIComponent(channelId));
      if (isReaderLanguage(entity.language)) language = entity.language;
    } catch (error) {
      // What was read last still holds better than a guess while storage does not answer: a card redrawn now stays
      // in the channel's language.
      if (known && statusOf(error) !== 404) return known.language;
      if (statusOf(error) !== 404) throw asStorageError(error);
    }
    this.read.set(channelId, { language, at: this.monotonic() });
    return language;
  }

  async set(channelId: string, language: ReaderLanguage): Promise<void> {
    try {
      await this.table.upsertEntity(
        { partitionKey: PARTITION, rowKey: encodeURIComponent(channelId), language },
        'Replace',
      );
    } catch (error) {
      throw asStorageError(error);
    }
    this.read.set(channelId, { language, at: this.monotonic() });
  }
}
