import type { ReaderLanguage } from '../domain/reader-language';
import type { ChainedReminder } from '../domain/reminder-chain';
import type { Versioned } from './clock';
import type { Mentioned } from './teams';

/**
 * A reminder row: due at a time, for a comment (or for a channel's daily overview). A comment's deadline
 * reminders are one row that carries the later ones (`then`), each taking its place as the one before is done.
 */
export interface StoredReminder extends ChainedReminder {
  readonly platform: string;
  readonly commentId: string;
}

export interface ReminderStore {
  /** Adds reminders; one already there (same kind, comment and time) is left as it is. */
  add(reminders: readonly StoredReminder[]): Promise<void>;
  /** Reminders due at or before the time, oldest first: reads only those rows. */
  listDue(now: string, limit: number): Promise<Versioned<StoredReminder>[]>;
  /** Claims a due reminder for this instance with a conditional write; false when another instance has it. */
  claim(reminder: Versioned<StoredReminder>, until: string): Promise<boolean>;
  /**
   * Removes a reminder that was sent or is no longer relevant; `next`, the rest of its chain, takes its place in
   * the same write. Nothing is put in its place when another instance already removed it.
   */
  done(reminder: StoredReminder, next?: StoredReminder): Promise<void>;
  /** Removes every reminder, due or not, of these comments (the records plan purged them); how many went. */
  forgetFor(comments: readonly { platform: string; commentId: string }[]): Promise<number>;
  /** Gives back a reminder this instance claimed but cannot send yet; it is due again from `from`. */
  release(reminder: StoredReminder, from: string): Promise<void>;
  /** How many rows the last listDue read (for the benchmark). */
  readonly lastReadCount: number;
}

/** The people on duty in a channel, @mentioned when an unclaimed comment nears its deadline. */
export interface DutyStore {
  list(channelId: string): Promise<Mentioned[]>;
  add(channelId: string, person: Mentioned): Promise<void>;
  remove(channelId: string, personId: string): Promise<boolean>;
}

/** The language each person reads Teams in, as their last click or message said: their 1:1 messages follow it. */
export interface ReaderLanguages {
  of(userId: string): Promise<ReaderLanguage | undefined>;
  remember(userId: string, language: ReaderLanguage): Promise<void>;
}

/** The language the bot writes in to each channel (`språk en`): Swedish unless an admin has set another. */
export interface ChannelLanguages {
  of(channelId: string): Promise<ReaderLanguage>;
  set(channelId: string, language: ReaderLanguage): Promise<void>;
}

/** The bot's 1:1 conversation id with each user, created once. */

export interface PersonalChatStore {
  get(userId: string): Promise<string | undefined>;
  /** Also forgets a refusal: the person has the app now. */
  save(userId: string, conversationId: string): Promise<void>;
  /** Teams refused a 1:1 chat with the person (403): not tried again before `until` unless they add the app. */
  markRefused(userId: string, until: string): Promise<void>;
  refusedUntil(userId: string): Promise<string | undefined>;
}
