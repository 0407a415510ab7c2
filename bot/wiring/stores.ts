import { hmacKeyedIds } from '../../services/adapters/hmac-keyed-ids';
import { TableArchiveLedger } from '../../services/adapters/tables/table-archive-ledger';
import { REGISTRY_PREFIX, TableRedactionQueue } from '../../services/adapters/tables/table-redaction-queue';
import { TableSubjectSearch } from '../../services/adapters/tables/table-subject-search';
import { TableAuditLog } from '../../services/adapters/tables/table-audit-log';
import { TableAwayList } from '../../services/adapters/tables/table-away-list';
import { TableCommentStore } from '../../services/adapters/tables/table-comment-store';
import { TableConversationIndex } from '../../services/adapters/tables/table-conversation-index';
import { TableDepartmentStore } from '../../services/adapters/tables/table-department-store';
import { TableDutyStore } from '../../services/adapters/tables/table-duty-store';
import { TableChannelLanguages } from '../../services/adapters/tables/table-channel-languages';
import { TableInstallationStore } from '../../services/adapters/tables/table-installation-store';
import { createTableClients, ensureTables } from '../../services/adapters/tables/table-names';
import { TableNoticeLedger } from '../../services/adapters/tables/table-notice-ledger';
import { TableOutboxQueue } from '../../services/adapters/tables/table-outbox-queue';
import { TablePersonalChatStore } from '../../services/adapters/tables/table-personal-chat-store';
import { TablePollerStateStore } from '../../services/adapters/tables/table-poller-state-store';
import { TableReminderStore } from '../../services/adapters/tables/table-reminder-store';
import { TableRouteStore } from '../../services/adapters/tables/table-route-store';
import { TableSavedAnswers } from '../../services/adapters/tables/table-saved-answers';
import { TableStaffStore } from '../../services/adapters/tables/table-staff-store';
import { TableStormStore } from '../../services/adapters/tables/table-storm-store';
import { TableThreadTally } from '../../services/adapters/tables/table-thread-tally';
import type { Clock } from '../../services/ports/index';
import { TableFigureMarkers } from '../../services/adapters/tables/table-figure-markers';
import { TableOverviewFigures } from '../../services/adapters/tables/table-overview-figures';
import { CommentChangeRelay } from '../../services/app/overview/comment-change-relay';
import { TableDeliveryInbox } from '../../services/adapters/tables/table-delivery-inbox';
import type { Config } from '../config/config-shape';

/**
 * Every store on Azure Table Storage, its tables created when missing, and the keyed ids (`RETENTION_KEY`) the
 * records plan gives what it purges.
 */
export async function wireStores(connectionString: string, config: Config, clock: Clock) {
  const tables = createTableClients(connectionString, config.storage.tablePrefix);
  await ensureTables(tables);
  const keyedIds = hmacKeyedIds(config.retention.key);
  const figureChanges = new CommentChangeRelay();
  return {
    keyedIds,
    comments: new TableCommentStore(tables.comments, keyedIds, figureChanges),
    /** The overview's figures, told of every comment written through `figureChanges` (bot/wiring/figures.ts). */
    figureChanges,
    figures: new TableOverviewFigures(tables.figures),
    figureMarkers: new TableFigureMarkers(tables.comments),
    queue: new TableOutboxQueue(tables.comments),
    storms: new TableStormStore(tables.comments),
    conversationIndex: new TableConversationIndex(tables.comments),
    threadTally: new TableThreadTally(tables.comments, keyedIds),
    installations: new TableInstallationStore(tables.installations),
    staff: new TableStaffStore(tables.staff),
    away: new TableAwayList(tables.staff),
    routes: new TableRouteStore(tables.routes),
    departments: new TableDepartmentStore(tables.routes),
    channelLanguages: new TableChannelLanguages(tables.routes, () => clock.monotonic()),
    ledger: new TableNoticeLedger(tables.notices, clock),
    duty: new TableDutyStore(tables.duty),
    chats: new TablePersonalChatStore(tables.personalChats),
    reminders: new TableReminderStore(tables.comments, tables.reminders),
    pollerState: new TablePollerStateStore(tables.pollers),
    audit: new TableAuditLog(tables.audit),
    archives: new TableArchiveLedger(tables.audit),
    redactions: new TableRedactionQueue(tables.comments),
    registryQueue: new TableRedactionQueue(tables.comments, REGISTRY_PREFIX),
    subjects: new TableSubjectSearch(tables.comments),
    savedAnswers: new TableSavedAnswers(tables.savedAnswers),
    inbox: new TableDeliveryInbox(tables.inbox),
    /** Sealed with TOKEN_KEY, which the credentials' wiring holds: the store is made there. */
    credentialTable: tables.credentials,
  };
}
