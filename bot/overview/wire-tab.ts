import type { CloseSelection } from './close-selection-route';
import { PdfkitPrinter } from '../../services/adapters/documents/pdfkit-printer';
import type { JWTVerifyGetKey } from 'jose';
import type {
  ArchiveLedger,
  SubjectSearch,
  AuditLog,
  Clock,
  CommentStore,
  MediaVault,
  SavedAnswers,
} from '../../services/ports/index';
import type { AccessControl } from '../../services/app/access/access-control';
import type { AccountDirectory } from '../../services/app/accounts/account-directory';
import type { Config } from '../config/config-shape';
import type { Logger } from '../wiring/logger';
import type { ConnectAccount } from '../../services/app/accounts/connect-account';
import { longestArchivePeriod } from '../../services/domain/archive-period';
import type { AccountRouteDeps } from './account-routes';
import type { OverviewReader } from '../../services/app/overview/overview-source';
import { entraAuthenticator, localViewer } from './tab-auth';
import { LOCAL_FRAME_ANCESTORS, TEAMS_FRAME_ANCESTORS, type TabDeps } from './tab-routes';

/**
 * The overview tab as the mode asks: in local mode anyone on the loopback is a staff viewer; otherwise viewers sign
 * on with Entra (tokens checked against ENTRA_JWKS_URL, or the given keys) and see what their role allows.
 */
export function wireTab(
  config: Config,
  parts: {
    readonly access: AccessControl;
    readonly comments: CommentStore;
    readonly accounts: AccountDirectory;
    readonly clock: Clock;
    readonly logger: Logger;
    readonly tabKeys?: JWTVerifyGetKey | undefined;
    /** Svarsmallar, and what to tell when admins changed them. */
    readonly savedAnswers?: SavedAnswers;
    /** The saved answers cards offer: read again after a change in the tab. */
    readonly offeredAnswers?: { reload(): Promise<void> };
    /** The kept copies of moderated comments' media, for the archive package. */
    readonly media?: Pick<MediaVault, 'stream'> | undefined;
    /** Konton: what is known of each account's credential and intake. */
    readonly accountStatus?: Omit<AccountRouteDeps, 'isAdmin'>;
    /** Anslut konto. */
    readonly connect?: ConnectAccount;
    /** Where saved-answer changes, exports and archive packages are recorded. */
    readonly audit: AuditLog;
    /** Where archive packages taken out are recorded for the records plan. */
    readonly archives: ArchiveLedger;
    /** The read through every comment a register extract makes. */
    readonly subjects: SubjectSearch;
    /** Stäng valda utan svar in the queue. */
    readonly closeSelection?: CloseSelection;
    /** The overview's kept figures and queue (bot/wiring/figures.ts). */
    readonly overview?: OverviewReader;
  },
): TabDeps {
  const { access, clock } = parts;
  const local = config.mode === 'local';
  return {
    authenticate: local
      ? localViewer()
      : entraAuthenticator(
          {
            tenantId: config.bot.tenantId,
            appId: config.tab.appId,
            publicHost: config.tab.publicUrl ? new URL(config.tab.publicUrl).host : undefined,
            jwksUrl: config.tab.jwksUrl,
          },
          clock,
          parts.tabKeys,
        ),
    viewerIsStaff: local ? async () => true : (viewer) => access.isStaff(viewer),
    viewerIsContactCentre: (viewer) => local || access.isContactCentre(viewer),
    viewerIsTeamLead: (viewer) => local || config.teamLeads.some((lead) => lead.id === viewer.id),
    viewerIsAdmin: (viewer) => local || access.isAdmin(viewer),
    comments: parts.comments,
    ...(parts.overview ? { overview: parts.overview } : {}),
    audit: parts.audit,
    archives: parts.archives,
    printer: new PdfkitPrinter(),
    registerExtract: {
      search: parts.subjects,
      history: parts.comments,
      retentionDays: config.retention.days,
    },
    archiveMaxMonths: longestArchivePeriod(config.archiveMonths),
    ...(parts.media ? { media: parts.media } : {}),
    accounts: parts.accounts,
    clock,
    soonHours: config.reminders.soonHours,
    places: config.places,
    ...(parts.closeSelection ? { closeSelection: parts.closeSelection } : {}),
    frameAncestors: local ? LOCAL_FRAME_ANCESTORS : TEAMS_FRAME_ANCESTORS,
    logger: parts.logger,
    ...(parts.accountStatus
      ? {
          accountStatus: {
            ...parts.accountStatus,
            isAdmin: local ? () => true : (viewer) => access.isAdmin(viewer),
          },
        }
      : {}),
    ...(parts.connect
      ? {
          connect: {
            connect: parts.connect,
            accounts: parts.accounts,
            isAdmin: local ? () => true : (viewer) => access.isAdmin(viewer),
            publicUrl: config.tab.publicUrl,
            local,
          },
        }
      : {}),
    ...(parts.savedAnswers
      ? {
          savedAnswers: {
            answers: parts.savedAnswers,
            accounts: config.accounts,
            isAdmin: local ? () => true : (viewer) => access.isAdmin(viewer),
            clock,
            audit: parts.audit,
            ...(parts.offeredAnswers ? { offered: parts.offeredAnswers } : {}),
          },
        }
      : {}),
  };
}
