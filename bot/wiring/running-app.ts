import type { JWTVerifyGetKey } from 'jose';
import type { Server } from 'restify';
import type { Clock, PlatformModerator, ReplyPublisher, TeamsPoster } from '../../services/ports/index';
import type { ArchiveReminder } from '../../services/app/records/archive-reminder';
import type { CardOutbox } from '../../services/app/posting/card-outbox';
import type { CredentialWatch } from '../../services/app/accounts/credential-watch';
import type { IntakeWatch } from '../../services/app/accounts/intake-watch';
import type { Reminders } from '../../services/app/reminders/reminders';
import type { RetentionJob } from '../../services/app/records/retention';
import type { Logger } from './logger';
import type { FigureKeeper } from '../../services/app/overview/figure-keeper';
import type { Pollers } from './pollers';
import type { InboxDrain } from '../../services/app/ingest/inbox-drain';

/** What a test or the benchmark may put in place of the real clock, logger, Teams or platforms. */
export interface AppOverrides {
  readonly clock?: Clock;
  readonly logger?: Logger;
  readonly poster?: TeamsPoster;
  readonly publisher?: ReplyPublisher & PlatformModerator;
  /** The keys the tab's sign-on tokens are checked against, instead of fetching ENTRA_JWKS_URL (tests). */
  readonly tabKeys?: JWTVerifyGetKey;
}

/** The started app: its server and address, its background jobs (to run a pass at will), and stop. */
export interface RunningApp {
  readonly server: Server;
  readonly url: string;
  readonly outbox: CardOutbox;
  readonly reminders: Reminders;
  readonly pollers: Pollers;
  readonly retention: RetentionJob;
  readonly archiveReminder: ArchiveReminder;
  readonly credentialWatch: CredentialWatch;
  readonly intakeWatch: IntakeWatch;
  /** The overview's figures: a sweep or a build at will. */
  readonly figures: FigureKeeper;
  /** The webhooks' held deliveries being ingested: `settled()` once they are, a sweep at will. */
  readonly inbox: InboxDrain;
  stop(): Promise<void>;
}
