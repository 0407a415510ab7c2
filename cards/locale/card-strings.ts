import type { AppErrorCode } from '../../services/domain/app-error';
import type { HistoryAction, Media } from '../../services/domain/comment';
import type { ModerationReason, NoReplyReason, OutgoingKind } from '../../services/domain/workflow';
import type { LixBand } from '../../services/domain/plain-language/readability';
import type { TriageKind } from '../../services/domain/triage';

/** Everything a card says, in one language. Swedish is the default; English where the Teams user's locale is. */
export interface CardStrings {
  readonly locale: 'sv' | 'en';
  readonly dateTime: (iso: string) => string;
  /** An ISO week, as the overview's chart labels it: "v. 47". */
  readonly weekLabel: (week: number) => string;
  readonly duration: (days: number, hours: number, minutes: number) => string;
  readonly state: {
    readonly awaitingApproval: (name: string) => string;
    readonly awaitingRemoval: (name: string) => string;
    readonly fresh: string;
    readonly acknowledgedUnheld: string;
    readonly claimed: (name: string) => string;
    readonly sending: (name: string) => string;
    readonly acknowledged: (name: string) => string;
    readonly case: (name: string) => string;
    readonly answered: (name: string) => string;
    /** Answered by the city's account on the platform itself: "Besvarad på Facebook". */
    readonly answeredOnPlatform: (platform: string) => string;
    readonly referred: (name: string) => string;
    readonly noReply: (name: string) => string;
    /** Closed by the records plan before anyone closed it. */
    readonly expired: string;
    readonly caseClosed: (name: string) => string;
    readonly hidden: (name: string) => string;
    readonly removed: (name: string) => string;
  };
  readonly badge: { readonly overdue: string; readonly soon: string };
  /** After the author's name: "Anna skrev:". */
  readonly wrote: string;
  /** An @mention whose text Instagram did not give. */
  readonly mentionTextMissing: string;
  /** Who wrote it, where the platform gives no name (LinkedIn's notifications never do). */
  readonly unnamedAuthor: (platform: string) => string;
  readonly noText: string;
  /** In place of the comment once its text and writer were removed under the records plan. */
  readonly anonymised: (when: string) => string;
  readonly showWholeComment: string;
  /** Under a comment cut to fit the card. */
  readonly cutOnCard: (platform: string) => string;
  readonly cutSentOnCard: string;
  readonly edited: (time: string) => string;
  /** A comment in another language than Swedish: which (a BCP 47 tag), so someone who reads it can take it. */
  readonly writtenIn: (language: string) => string;
  readonly moderatedLine: (removed: boolean, platform: string, by: string, reason: string) => string;
  readonly removedByAuthor: (platform: string) => string;
  readonly hiddenOn: (platform: string) => string;
  /** The link to the post, followed by its first words. */
  readonly onPost: string;
  readonly facts: {
    readonly written: string;
    readonly deadline: string;
    readonly left: (duration: string) => string;
    readonly late: (duration: string) => string;
    readonly firstResponse: string;
    readonly type: string;
    readonly replyToComment: string;
    readonly visitorPost: string;
    readonly mention: string;
    readonly instagramDirect: string;
    readonly takenOver: string;
    readonly takenOverFrom: (name: string) => string;
    readonly platinaRef: string;
    readonly reason: string;
  };
  readonly sentTitle: (kind: OutgoingKind, name: string, time: string) => string;
  readonly media: {
    /** The alternative text of a photo a resident added. */
    readonly photo: string;
    readonly icon: Readonly<Record<Media['kind'], string>>;
    readonly kinds: Readonly<Record<Media['kind'], string>>;
  };
  readonly conversation: {
    /** "3 svar i tråden, 1 obesvarat". */
    readonly summary: (replies: number, unanswered: number) => string;
    readonly reopened: string;
    /** Over the words a reply answers. */
    readonly replyTo: string;
    /** Over the city's latest answer in the conversation. */
    readonly cityLatest: (time: string) => string;
  };
  /** Over an answer the city's account wrote on the platform itself. */
  readonly answeredOnPlatformTitle: (platform: string, time: string) => string;
  /** P9: the answer on the platform does not end with the writer's name. */
  readonly answerUnsigned: string;
  readonly history: string;
  readonly showHistory: string;
  readonly historyActions: Readonly<Record<HistoryAction, string>>;
  readonly noReplyReasons: Readonly<Record<NoReplyReason, string>>;
  readonly moderationReasons: Readonly<Record<ModerationReason, string>>;
  readonly buttons: {
    /** Where the rarer buttons of a row wait on a phone's narrow card. */
    readonly more: string;
    readonly claim: string;
    readonly takeOver: string;
    readonly release: string;
    readonly preview: string;
    readonly send: string;
    readonly edit: string;
    readonly acknowledge: string;
    readonly requiresCase: string;
    readonly refer: string;
    readonly handleHere: string;
    readonly closeCase: string;
    readonly noReply: string;
    readonly closeWithoutReply: string;
    readonly hide: string;
    readonly hideConfirm: string;
    readonly remove: string;
    readonly reopen: string;
    readonly answeredThere: string;
    readonly unhide: string;
    readonly openOn: (platform: string) => string;
    readonly platinaDocument: string;
  };
  /** What an open card suggests for a comment that likely needs no answer, and its one-click close. */
  readonly triage: Readonly<Record<TriageKind, string>> & { readonly close: string };
  /** The klarspråk help in the preview: advice, never a refusal. */
  readonly plainLanguage: {
    readonly title: string;
    readonly lix: (value: number, band: LixBand) => string;
    readonly plainer: (found: string, plainer: string) => string;
    readonly longSentence: (words: number, start: string) => string;
    readonly passives: (words: string) => string;
    readonly noGreeting: string;
    readonly greetByName: (firstName: string) => string;
    readonly unsigned: string;
    readonly longerThanComment: (times: number) => string;
    readonly nothingToChange: string;
    /** The same for a part of an answer (a department's), whose greeting and signature are the holder's. */
    readonly nothingToChangeInPart: string;
  };
  readonly forms: {
    readonly replyLabel: string;
    readonly replyPlaceholder: string;
    readonly previewTitle: string;
    readonly charactersLeft: (left: number, limit: number, platform: string) => string;
    readonly platinaLabel: string;
    readonly platinaPlaceholder: (example: string) => string;
    readonly noReplyQuestion: string;
    readonly chooseReason: string;
    readonly noReplyNote: string;
    readonly moderationIntro: (platform: string) => string;
    readonly moderationReason: string;
    readonly removeToggle: string;
    readonly caseIntro: string;
    readonly manualLabel: (platform: string) => string;
    readonly manualIntro: (platform: string) => string;
    readonly reconnectIntro: (platform: string) => string;
  };
  readonly done: Readonly<Record<OutgoingKind, string>>;
  /** Working as a team: assigning, approval of a trainee's reply. */
  readonly teamwork: {
    readonly assign: string;
    readonly assignLabel: string;
    readonly chooseColleague: string;
    readonly assignNote: string;
    readonly assignConfirm: string;
    readonly assigned: (name: string) => string;
    readonly approvalTitle: (name: string) => string;
    readonly approvalHint: string;
    readonly approve: string;
    readonly sendBack: string;
    readonly sendBackNote: string;
    readonly sendBackConfirm: string;
    readonly sentForApproval: string;
    readonly sentBack: (name: string) => string;
    readonly removalTitle: (name: string, reason: string) => string;
    readonly removalHint: string;
    readonly approveRemoval: string;
    readonly sendBackRequest: string;
    readonly removalForApproval: string;
    readonly removalSentBack: (name: string) => string;
    readonly savedAnswerLabel: string;
    readonly savedAnswerPlaceholder: string;
    /** A saved answer kept in another language than Swedish, named with it. */
    readonly savedAnswerIn: (title: string, language: string) => string;
    readonly useSavedAnswer: string;
    readonly savedAnswerFilled: (title: string) => string;
    readonly askDepartment: string;
    readonly departmentLabel: string;
    readonly chooseDepartment: string;
    readonly questionLabel: string;
    readonly askConfirm: string;
    readonly asked: (department: string) => string;
    readonly waitingFor: (department: string) => string;
    readonly answeredBy: (department: string, by: string) => string;
    readonly useAsDraft: string;
    readonly answerInBox: (department: string) => string;
  };
  /** Placeholders: {holder}, {over}, {by}, {retry}, {example}. */
  readonly errors: Readonly<Partial<Record<AppErrorCode, string>>>;
  readonly fallbackError: string;
  /** When to try again: in so many minutes, in a while, or after a time. */
  readonly retryIn: (minutes: number) => string;
  readonly retrySoon: string;
  /** After a refusal to someone not yet trained: where the training is and whom to ask, where the city says. */
  readonly trainingWhere: (url: string | undefined, contact: string | undefined) => string;
  readonly retryAt: (iso: string) => string;
}
