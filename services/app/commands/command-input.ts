import type { Person } from '../../domain/person';
import type { ReaderLanguage } from '../../domain/reader-language';
import type { TeamsChannelRoute } from '../../ports/index';

/** A person @mentioned in a command, as Teams profiles them. */
export interface MentionedPerson {
  /** The Entra object id where Teams gives one. */
  readonly id: string;
  readonly name: string;
  /** The Teams user id (29:…), what a mention in a message needs. */
  readonly teamsId?: string;
  /** Whether `id` is the person's Entra object id (Teams gave one); a change to who may act needs it. */
  readonly resolved: boolean;
}

export interface CommandInput {
  /** The message text with the bot's own mention removed. */
  readonly text: string;
  readonly actor: Person;
  readonly mentions: readonly MentionedPerson[];
  /** The channel the command was given in; undefined in a 1:1 chat. */
  readonly channel: TeamsChannelRoute | undefined;
  /** The language the person reads Teams in: the answer is written in it. Swedish where not given. */
  readonly language?: ReaderLanguage;
}
