import type { wireStores } from './stores';
import type { PurgeDeps } from '../../services/app/records/purge-expired';
import type { Config } from '../config/config-shape';
import type {
  ChannelLanguages,
  ArchiveLedger,
  RegistryMailer,
  RegistryQueue,
  RedactionQueue,
  Scheduler,
  TeamsPoster,
} from '../../services/ports/index';
import { PdfkitPrinter } from '../../services/adapters/documents/pdfkit-printer';
import type { AccountDirectory } from '../../services/app/accounts/account-directory';
import { RegistryDispatch } from '../../services/app/records/registry-dispatch';
import type { CardRefresh } from '../../services/app/posting/posting-seams';
import { CardRedaction } from '../../services/app/records/card-redaction';
import { recordsPlanNotes } from '../config/records-plan-notes';
import type { AdminNoticeOnce } from '../../services/app/notices/admin-notice-once';
import { ArchiveReminder } from '../../services/app/records/archive-reminder';
import { RetentionJob } from '../../services/app/records/retention';

/** The stores the records plan works on, as `wireRecords` takes them. */
export function recordStores(stores: Awaited<ReturnType<typeof wireStores>>) {
  return {
    store: stores.comments,
    ledger: stores.archives,
    storms: stores.storms,
    redactions: stores.redactions,
    registryQueue: stores.registryQueue,
    keyedIds: stores.keyedIds,
    reminders: stores.reminders,
    channelLanguages: stores.channelLanguages,
  };
}

/**
 * The records plan's jobs, part of the composition root: the purge after RETENTION_DAYS, once a period's archive
 * package is taken (or at once where the city archives by other means), and the reminders to take the package out
 * when an archiving period ends (ARCHIVE_MONTHS) and, weekly, while the purge waits for it. Start-up names any
 * settings under which comments would be purged before they are archived.
 */
export function wireRecords(
  config: Config,
  deps: Omit<PurgeDeps, 'retentionDays' | 'unclosedDays' | 'archives'> & {
    /** Where the archive packages taken out are recorded. */
    readonly ledger: ArchiveLedger;
    /** The redactions the purge owes Teams, and what redacts them. */
    readonly redactions: RedactionQueue;
    readonly updater: CardRefresh;
    readonly poster: Pick<TeamsPoster, 'updateCard'>;
    readonly notice: AdminNoticeOnce;
    readonly schedule: Scheduler;
    /** The closed cases' documents owed to the registry, and what mails them (REGISTRY_MAIL_TO), when set. */
    readonly registryQueue: RegistryQueue;
    readonly mailer: RegistryMailer | undefined;
    readonly accounts: AccountDirectory;
    /** The language each channel is written to in: a purged question's card follows its department's. */
    readonly channelLanguages: Pick<ChannelLanguages, 'of'>;
  },
): {
  readonly retention: RetentionJob;
  readonly archiveReminder: ArchiveReminder;
  readonly registry?: RegistryDispatch;
} {
  const { notice, schedule, ledger, redactions, updater, poster, registryQueue, mailer, accounts, ...purge } =
    deps;
  const to = config.graph.registryMailTo;
  const { days, archivedByOtherMeans } = config.retention;
  for (const note of recordsPlanNotes(config)) {
    deps.logger.warn({ event: 'records.plan', setting: note.setting }, note.text);
  }
  const waits = days > 0 && !archivedByOtherMeans;
  return {
    ...(mailer && to
      ? {
          registry: new RegistryDispatch({
            queue: registryQueue,
            mailer,
            to,
            tenantId: config.bot.tenantId,
            store: deps.store,
            printer: new PdfkitPrinter(),
            accounts,
            clock: deps.clock,
            notice,
            logger: deps.logger,
            schedule,
            intervalMs: config.outboxIntervalMs,
          }),
        }
      : {}),
    retention: new RetentionJob({
      ...purge,
      updater,
      archives: archivedByOtherMeans ? 'by other means' : ledger,
      redaction: new CardRedaction({
        queue: redactions,
        comments: deps.store,
        updater,
        poster,
        notice,
        clock: deps.clock,
        logger: deps.logger,
        schedule,
        intervalMs: config.outboxIntervalMs,
        channelLanguages: deps.channelLanguages,
      }),
      retentionDays: config.retention.days,
      unclosedDays: config.retention.unclosedDays,
      intervalMs: config.retention.intervalMs,
      schedule,
    }),
    archiveReminder: new ArchiveReminder({
      notice,
      clock: deps.clock,
      months: config.archiveMonths,
      logger: deps.logger,
      schedule,
      ...(waits
        ? {
            purgeWaits: {
              ledger,
              comments: deps.store,
              days,
              unclosedDays: config.retention.unclosedDays,
            },
          }
        : {}),
    }),
  };
}
