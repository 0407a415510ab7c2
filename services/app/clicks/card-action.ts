import type { KeyedIds } from '../../domain/keyed-id';
import type { ConversationChanges } from '../conversations/refresh-conversation';
import type { Reminders } from '../reminders/reminders';
import type { DateTime } from 'luxon';
import { errorText } from '../../../cards/card-texts';
import type { CardNotice, ReplyPreview } from '../../../cards/comment-card-view';
import type { CardVerb } from '../../../cards/card-verbs';
import type { CardStrings } from '../../../cards/locale/card-strings';
import { AppError, isAppError } from '../../domain/app-error';
import { isKeyedId } from '../../domain/keyed-id';
import type { DepartmentQuestion, StoredComment } from '../../domain/comment';
import type { Person } from '../../domain/person';
import type { PlatinaRule } from '../../domain/comment-transitions';
import type { Transition } from '../../domain/transition-steps';
import { isPlatform, type CommentKey } from '../../domain/platform';
import type {
  AwayList,
  Clock,
  CommentStore,
  ConversationIndex,
  ChannelLanguages,
  DepartmentStore,
  Log,
  MediaVault,
  PlatformModerator,
  ReplyPublisher,
  SavedAnswers,
  StaffStore,
  StormStore,
  TeamsPoster,
} from '../../ports/index';
import type { AccessControl } from '../access/access-control';
import type { AccountDirectory } from '../accounts/account-directory';
import type { CardRenderer } from '../posting/card-renderer';
import type { CardUpdater } from '../posting/card-updater';
import type { RegistryDispatch } from '../records/registry-dispatch';

export interface CardActionDeps {
  readonly store: CommentStore;
  readonly renderer: CardRenderer;
  readonly updater: CardUpdater;
  readonly publisher: ReplyPublisher;
  readonly moderator: PlatformModerator;
  readonly accounts: AccountDirectory;
  readonly access: AccessControl;
  readonly platina: PlatinaRule;
  readonly clock: Clock;
  readonly logger: Log;
  /** Which comment each published answer belongs to (a reply to the answer joins its conversation). */
  readonly conversationIndex?: ConversationIndex;
  /** The trained list, to find the colleague an item is assigned to. */
  readonly staff?: Pick<StaffStore, 'get'>;
  /** The saved answers (Svarsmallar) a writer may fill the reply box with. */
  readonly savedAnswers?: Pick<SavedAnswers, 'get'>;
  /** The departments' channels (Fråga verksamheten), and the poster that puts questions there. */
  readonly departments?: Pick<DepartmentStore, 'get'>;
  /** The language each channel is written to in (`språk`): a department's question card follows it. */
  readonly channelLanguages?: Pick<ChannelLanguages, 'of'>;
  readonly poster?: Pick<TeamsPoster, 'postNewThread' | 'updateCard'>;
  /** Who is away: not assigned anything until they are back. */
  readonly away?: Pick<AwayList, 'list'>;
  /** Tells colleagues what teamwork asks of them: an assignment, a reply to approve, an approval's outcome. */
  readonly teamwork?: TeamworkNotices;
  /** The posts' comment storms: a storm's card is drawn again, with its figures, after Stäng öppna utan svar. */
  readonly storms?: Pick<StormStore, 'get'>;
  /** The records plan's keyed ids: a storm's card names its post by one. */
  readonly keyedIds: KeyedIds;
  /** Where the images and videos of a hidden or removed comment are copied first (the city's Blob Storage). */
  readonly media?: Pick<MediaVault, 'keep'>;
  /** Told of every change a click made: follow-up reminders are scheduled from it. */
  readonly reminders?: Pick<Reminders, 'afterChange'>;
  /** Told of every change a click made: the conversation's first card shows how its thread stands. */
  readonly conversations?: ConversationChanges;
  /** Where closed cases go to the registry (REGISTRY_MAIL_TO): the close marks its document owed. */
  readonly registry?: Pick<RegistryDispatch, 'owe' | 'nudge'> | undefined;
}

/** What colleagues are told when they work on an item together. */
export interface TeamworkNotices {
  assigned(comment: StoredComment, by: Person, note: string): Promise<void>;
  approvalWanted(comment: StoredComment): Promise<void>;
  approved(comment: StoredComment, approver: Person): Promise<void>;
  /** The note is on the card: a chat that quoted it would keep it after the records plan removed it. */
  sentBack(comment: StoredComment, approver: Person, what: 'reply' | 'removal'): Promise<void>;
  departmentAnswered(comment: StoredComment, question: DepartmentQuestion): Promise<void>;
}

/** A click on a card: the verb, the card's data merged with its inputs, who clicked, and in which language. */
export interface CardActionInput {
  readonly verb: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly actor: Person;
  /** The card the clicker gets back is in their language; the card everyone sees stays Swedish. */
  readonly strings?: CardStrings;
  /** The Teams channel (or chat) the click came from. */
  readonly channelId?: string;
}

/**
 * One click as understood once, before any handler runs: the verb, the comment it is about, who clicked, the
 * clicker's language, when it arrived, and a logger whose every line says which verb on which platform.
 */
export interface Click {
  readonly verb: CardVerb;
  readonly key: CommentKey;
  readonly actor: Person;
  readonly data: Readonly<Record<string, unknown>>;
  readonly strings: CardStrings;
  readonly channelId?: string;
  readonly now: DateTime;
  readonly logger: Log;
}

/** What a click comes to: the comment as it now stands, and what the clicker's card says or holds for them. */
export interface ClickResult {
  readonly comment: StoredComment;
  readonly notice?: CardNotice;
  readonly draft?: string;
  readonly preview?: ReplyPreview;
  /** A card other than the comment's to answer with (a department's question card). */
  readonly card?: Record<string, unknown>;
}

export type CardActionHandler = (deps: CardActionDeps, click: Click) => Promise<ClickResult>;

const MAX_ID_LENGTH = 256;

/** The comment a click is about, from the card's data; anything malformed is refused. */
export function commentKeyFrom(data: Readonly<Record<string, unknown>>): CommentKey {
  const raw = data.commentKey;
  if (typeof raw !== 'string' || raw.length > MAX_ID_LENGTH)
    throw new AppError('action_invalid', 'No comment key');
  const separator = raw.indexOf(':');
  const platform = raw.slice(0, separator);
  const commentId = raw.slice(separator + 1);
  // Platform ids: digits and underscores (Meta), letters and dashes (Messenger), URNs with parentheses (LinkedIn);
  // or the keyed id the records plan gave a purged comment.
  const wellFormed = /^[\w.:(),-]+$/.test(commentId) || isKeyedId(commentId);
  if (separator < 1 || !isPlatform(platform) || !wellFormed) {
    throw new AppError('action_invalid', 'Malformed comment key');
  }
  return { platform, commentId };
}

/** A text input from the card's data: a string no longer than max, or empty. */
export function textInput(data: Readonly<Record<string, unknown>>, name: string, max: number): string {
  const value = data[name];
  return typeof value === 'string' ? value.slice(0, max) : '';
}

export function noticeFor(error: unknown, strings: CardStrings): CardNotice {
  if (isAppError(error)) return { tone: 'attention', text: errorText(error.code, error.details, strings) };
  return { tone: 'attention', text: errorText('platform_error', {}, strings) };
}

/** Only the holder: for what fills their own reply box. */
export function assertHolderOf(comment: StoredComment, actor: Person): void {
  if (!comment.holder) throw new AppError('comment_not_claimed', 'Nobody holds the comment');
  if (comment.holder.id !== actor.id) {
    throw new AppError('comment_claimed_by_other', 'Another person holds it', {
      holder: comment.holder.name,
    });
  }
}

/** The comment a click is about, as stored now; AppError 'comment_not_found' when it is not. */
export async function currentComment(
  deps: Pick<CardActionDeps, 'store'>,
  key: CommentKey,
): Promise<StoredComment> {
  const current = await deps.store.get(key);
  if (!current) throw new AppError('comment_not_found', 'The comment is not stored');
  return current.value;
}

export type TransitionOutcome =
  | { readonly ok: true; readonly comment: StoredComment; readonly changed: boolean }
  | { readonly ok: false; readonly comment: StoredComment; readonly error: AppError };

/**
 * Applies a domain transition to the comment as stored and writes it with its history line (`mutate`: a lost race
 * is re-read and decided again on the truth), so the loser of a race is told what really holds.
 */
export async function applyTransition(
  deps: Pick<CardActionDeps, 'store' | 'reminders' | 'conversations'>,
  key: CommentKey,
  transition: (comment: StoredComment) => Transition,
): Promise<TransitionOutcome> {
  let refused: { comment: StoredComment; error: AppError } | undefined;
  const written = await deps.store.mutate(key, (current) => {
    refused = undefined;
    try {
      return transition(current);
    } catch (error) {
      if (!isAppError(error)) throw error;
      refused = { comment: current, error };
      return undefined;
    }
  });
  if (!written) throw new AppError('comment_not_found', 'The comment is not stored');
  if (refused) return { ok: false, ...refused };
  if (written.changed) {
    await deps.reminders?.afterChange(written.value);
    // The conversation's figures follow without holding the click: a thread's counts take turns.
    void deps.conversations?.changed(written.value);
  }
  return { ok: true, comment: written.value, changed: written.changed };
}

/**
 * The common shape of a click that changes state: apply, then either tell the clicker why not (nothing changed) or
 * update the card for everyone and show the clicker the new card.
 */
export async function transitionAndShow(
  deps: CardActionDeps,
  click: Click,
  transition: (comment: StoredComment) => Transition,
): Promise<ClickResult> {
  const outcome = await applyTransition(deps, click.key, transition);
  if (!outcome.ok) {
    click.logger.info({ event: `card.${click.verb}.rejected`, code: outcome.error.code }, 'action refused');
    return { comment: outcome.comment, notice: noticeFor(outcome.error, click.strings) };
  }
  if (outcome.changed) {
    click.logger.info({ event: `card.${click.verb}` }, 'card action done');
    await deps.updater.refresh(outcome.comment);
  }
  return { comment: outcome.comment };
}
