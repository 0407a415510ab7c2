import type { CommentHistory } from './comment-history';
import type { CommentQueries } from './comment-queries';
import type { Comments } from './comments';

/**
 * The interfaces the use cases need from the world, one small port per file. Each user asks for the narrowest
 * one; the Azure Tables adapter for comments implements the comment ports together, as `CommentStore`.
 */
export type { Clock, Versioned } from './clock';
export type { Log } from './log';
export type { CommentChange, Comments, Mutated } from './comments';
export type { CommentHistory } from './comment-history';
export type { CommentQueries } from './comment-queries';
export type { DeadLetter, OutboxEntry, OutboxQueue } from './outbox-queue';
export type {
  ChannelCardFinder,
  Installation,
  InstallationStore,
  Mentioned,
  TeamsChannelRoute,
  TeamsMessage,
  TeamsPoster,
} from './teams';
export type { MentionDetails, PlatformModerator, ReplyFinder, ReplyPublisher } from './platforms';
export type {
  AuditAction,
  AuditEntry,
  AuditLog,
  AwayList,
  StaffMember,
  StaffRole,
  StaffStore,
} from './staff';
export type { AccountRoute, DepartmentRoute, DepartmentStore, RouteStore } from './routes';
export type { NoticeLedger } from './notice-ledger';
export type {
  ChannelLanguages,
  DutyStore,
  PersonalChatStore,
  ReminderStore,
  StoredReminder,
  ReaderLanguages,
} from './reminders';
export type { CommentSource, PollCursor, PollerStateStore, PollResult, PollResume } from './pollers';
export type { IntakeObserver, IntakePath, ReadObserver } from './intake';
export type { AccountAuthorization } from './account-authorization';
export type { PostStorm, StormStore } from './storms';
export type { ConversationIndex } from './conversation-index';
export type { MediaVault } from './media-vault';
export type { IngestPriority } from './intake-pressure';
export type { ReminderKind } from '../domain/reminder-plan';
export type { IncomingCommentChange } from '../domain/comment';

/** Every comment port at once, and a health check: what the comments table adapter is. */
export interface CommentStore extends Comments, CommentHistory, CommentQueries {
  ping(): Promise<void>;
}
export type { SavedAnswers } from './saved-answers';
export type {
  CredentialStore,
  CredentialSummary,
  RenewedTokens,
  TokenRenewer,
  VersionedCredential,
} from './credentials';
export type { ReplyStanding, ThreadCount, ThreadTally } from './thread-tally';
export type { SubscriptionReader, TokenIntrospection } from './platform-checks';
export type { Schedule, Scheduler } from './schedule';
export type { ArchiveLedger, TakenPackage } from './archive-ledger';
export type { PendingRedaction, RedactionQueue, RegistryQueue } from './redactions';
export type { SubjectSearch } from './subject-search';
export type {
  DocumentPrinter,
  PrintedBlock,
  PrintedDocument,
  RegistryMail,
  RegistryMailer,
} from './documents';
export type {
  CommentChanges,
  FigureMarkers,
  OverviewFigures,
  QueuedCopy,
  UncountedComment,
} from './overview-figures';
