import type { Request, Response, Server } from 'restify';
import { registerArchiveRoute } from './archive-route';
import { registerPlatinaRoute } from './platina-route';
import { registerRegisterExtractRoute } from './register-extract-route';
import type {
  AuditLog,
  ArchiveLedger,
  Clock,
  CommentStore,
  DocumentPrinter,
  MediaVault,
} from '../../services/ports/index';
import type { AccountDirectory } from '../../services/app/accounts/account-directory';
import type { RegisterExtractDeps } from '../../services/app/records/register-extract';
import type { Logger } from '../wiring/logger';
import type { TabViewer } from './tab-auth';

/**
 * The tab's downloads of residents' data: the register extract and the archive package for admins, a closed case's
 * document for Platina for trained staff (a Messenger case's for the contact centre). Each refuses anyone else; the
 * archive package and the register extract are taken one at a time per person.
 */
export interface DownloadDeps {
  readonly comments: CommentStore;
  readonly accounts: AccountDirectory;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Whether the viewer is one of the contact centre's people, who alone see Messenger items (P7). */
  readonly viewerIsContactCentre: (viewer: TabViewer) => boolean;
  /** Admins take out the archive package and register extracts, and export the moderation register. */
  readonly viewerIsAdmin?: (viewer: TabViewer) => boolean;
  /** Every export, archive package and register extract taken out is an audit entry. */
  readonly audit?: AuditLog;
  /** Where archive packages taken out are recorded for the records plan. */
  readonly archives: ArchiveLedger;
  /** The longest period one archive package covers, in months (one ARCHIVE_MONTHS period). */
  readonly archiveMaxMonths?: number;
  /** The kept copies of moderated comments' media, put into the archive package and the register extract. */
  readonly media?: Pick<MediaVault, 'stream'>;
  /** Prints a closed case's document for Platina. */
  readonly printer: DocumentPrinter;
  /** Registerutdrag: the search through every comment, the history, and RETENTION_DAYS for what it cannot find. */
  readonly registerExtract: Pick<RegisterExtractDeps, 'search' | 'history' | 'retentionDays'>;
}

export function registerDownloadRoutes(
  server: Server,
  deps: DownloadDeps,
  guard: {
    readonly viewerOf: (req: Request) => Promise<{ viewer: TabViewer; staff: boolean }>;
    readonly failed: (res: Response, error: unknown) => void;
    readonly oneAtATime: <T>(viewer: TabViewer, work: () => Promise<T>) => Promise<T>;
    readonly headers: Readonly<Record<string, string>>;
  },
): void {
  registerRegisterExtractRoute(
    server,
    {
      ...deps.registerExtract,
      ...(deps.media ? { media: deps.media } : {}),
      accounts: deps.accounts,
      archives: deps.archives,
      clock: deps.clock,
      logger: deps.logger,
      isAdmin: (v) => deps.viewerIsAdmin?.(v) === true,
      ...(deps.audit ? { audit: deps.audit } : {}),
      oneAtATime: guard.oneAtATime,
    },
    guard,
  );

  registerPlatinaRoute(
    server,
    {
      store: deps.comments,
      printer: deps.printer,
      accounts: deps.accounts,
      clock: deps.clock,
      logger: deps.logger,
      isContactCentre: deps.viewerIsContactCentre,
    },
    guard,
  );

  registerArchiveRoute(
    server,
    {
      comments: deps.comments,
      ...(deps.media ? { media: deps.media } : {}),
      accounts: deps.accounts,
      clock: deps.clock,
      logger: deps.logger,
      isAdmin: (v) => deps.viewerIsAdmin?.(v) === true,
      ...(deps.audit ? { audit: deps.audit } : {}),
      ledger: deps.archives,
      maxMonths: deps.archiveMaxMonths ?? 12,
      oneAtATime: guard.oneAtATime,
    },
    guard,
  );
}
