import { commandWords } from '../../../cards/locale/command-words';
import { isReaderLanguage } from '../../domain/reader-language';
import { utcIso } from '../../domain/utc-iso';
import type { AuditLog, ChannelLanguages, Clock } from '../../ports/index';
import type { AccessControl } from '../access/access-control';
import type { CommandInput } from './command-input';

export interface LanguageCommandDeps {
  readonly access: AccessControl;
  readonly channelLanguages: ChannelLanguages;
  readonly audit: AuditLog;
  readonly clock: Clock;
}

/**
 * `språk` shows, and `språk sv | en` sets, the language the bot writes in to this channel: its reminders, notices and
 * daily overview. Each person's own cards and 1:1 messages follow their Teams language whatever the channel's is.
 */
export async function languageCommand(
  deps: LanguageCommandDeps,
  input: CommandInput,
  words: string[],
): Promise<string> {
  const T = commandWords(input.language).language;
  await deps.access.assertStaff(input.actor);
  if (!input.channel) return T.inChannelOnly;
  const wanted = words[1]?.toLowerCase();
  const channelId = input.channel.channelId;
  if (wanted === undefined) return T.current(await deps.channelLanguages.of(channelId));
  if (!isReaderLanguage(wanted)) return T.usage;
  deps.access.assertAdmin(input.actor);
  await deps.channelLanguages.set(channelId, wanted);
  await deps.audit.record({
    at: utcIso(deps.clock.now()),
    by: { id: input.actor.id, name: input.actor.name },
    action: 'channel_language_set',
    // The history is a record, kept in Swedish.
    subject: { id: wanted, name: commandWords('sv').language.name(wanted) },
    channelId,
  });
  return T.set(wanted);
}
