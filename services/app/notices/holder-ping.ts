import { isAppError } from '../../domain/app-error';
import type { Person } from '../../domain/person';
import type { StoredComment } from '../../domain/comment';
import type {
  ChannelLanguages,
  Clock,
  Log,
  Mentioned,
  PersonalChatStore,
  ReaderLanguages,
  TeamsMessage,
  TeamsPoster,
} from '../../ports/index';
import { reminderTexts } from '../../../cards/locale/message-words';
import { channelLanguage } from './channel-language';
import { utcIso as iso } from '../../domain/utc-iso';

/** Who to mention: by Teams user id where known (what Teams resolves best), else by Entra object id. */
export function asMentioned(person: { id: string; name: string; teamsId?: string }): Mentioned {
  return { id: person.teamsId ?? person.id, name: person.name };
}

/** `<at>Name</at>` for each person, as a message that mentions them starts. */
export function mentionText(people: readonly Mentioned[]): string {
  return people.map((p) => `<at>${p.name}</at>`).join(' ');
}

/**
 * A 1:1 message to a comment's holder, in the chat the bot keeps with them. Where Teams refuses (the app is not
 * installed for that user), the holder is @mentioned in the card's thread instead, in the channel's language, and
 * told how to install the app; after a 403 Teams is not asked again for a week, unless the person adds the app.
 */
export class HolderPing {
  constructor(
    private readonly deps: {
      readonly poster: TeamsPoster;
      readonly chats: PersonalChatStore;
      readonly clock: Clock;
      readonly logger: Log;
      /** The language each person reads Teams in: a message given in English goes to them in English. */
      readonly languages?: Pick<ReaderLanguages, 'of'>;
      /** The language each channel is written to in (`språk`): the thread's fallback follows it. */
      readonly channelLanguages?: Pick<ChannelLanguages, 'of'>;
    },
  ) {}

  /** `inEnglish`: the same message for a holder who reads Teams in English, or a thread kept in English. */
  async send(comment: StoredComment, message: TeamsMessage, inEnglish?: TeamsMessage): Promise<void> {
    if (comment.holder) await this.sendTo(comment.holder, comment, message, inEnglish);
  }

  /** The same 1:1 message, to someone other than the holder (a team lead, say). */
  async sendTo(
    holder: Person,
    comment: StoredComment,
    message: TeamsMessage,
    inEnglish?: TeamsMessage,
  ): Promise<void> {
    const card = comment.card;
    if (!card) return;
    const personal = inEnglish && (await this.deps.languages?.of(holder.id)) === 'en' ? inEnglish : message;
    const refusedUntil = await this.deps.chats.refusedUntil(holder.id);
    if (refusedUntil && refusedUntil > iso(this.deps.clock.now())) {
      await this.inThreadInstead(comment, holder, message, inEnglish);
      return;
    }
    try {
      const known = await this.deps.chats.get(holder.id);
      const conversationId = await this.deps.poster.sendToUser(
        card,
        holder.teamsId ?? holder.id,
        personal,
        known,
      );
      if (!known) await this.deps.chats.save(holder.id, conversationId);
    } catch (error) {
      if (!isAppError(error, 'teams_send_failed')) throw error;
      this.deps.logger.info(
        { event: 'reminder.personal.fallback', status: error.details.status ?? 0 },
        'personal chat refused; reminding in the thread',
      );
      if (error.details.status === 403) {
        await this.deps.chats.markRefused(holder.id, iso(this.deps.clock.now().plus({ days: 7 })));
      }
      await this.inThreadInstead(comment, holder, message, inEnglish);
    }
  }

  private async inThreadInstead(
    comment: StoredComment,
    holder: Person,
    swedish: TeamsMessage,
    english: TeamsMessage | undefined,
  ): Promise<void> {
    if (!comment.card) return;
    const language = await channelLanguage(this.deps.channelLanguages, comment.card.channelId);
    const message = language === 'en' && english ? english : swedish;
    const hint = reminderTexts(message === english ? 'en' : 'sv').installHint;
    await this.deps.poster.replyInThread(comment.card, {
      text: `<at>${holder.name}</at> ${message.text}\n\n${hint}`,
      mentions: [asMentioned(holder)],
      ...(message.card ? { card: message.card } : {}),
    });
  }
}
