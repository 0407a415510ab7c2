import type { AppOverrides, RunningApp } from './wiring/running-app';
import { wirePollers } from './wiring/pollers';
import { tabLink } from '../cards/tab-link';
import { wirePlatforms } from './wiring/platforms';
import { wireCredentials } from './wiring/credentials';
import { wireIntake } from './wiring/intake';
import { wireStores } from './wiring/stores';
import { wireFigures } from './wiring/figures';
import { wireMediaVault } from './wiring/media';
import { systemClock } from '../services/adapters/system-clock';
import { ConversationRefresher } from '../services/app/conversations/refresh-conversation';
import { AccessControl } from '../services/app/access/access-control';
import { wireCommands } from './wiring/commands';
import { recordStores, wireRecords } from './wiring/records';
import { wireGraph } from './wiring/graph';
import { wireAdminNotices } from './wiring/admin-notices';
import { StormFolder } from '../services/app/posting/card-placement';
import { Reminders } from '../services/app/reminders/reminders';
import { OverviewNotes } from '../services/app/reminders/overview-notes';
import { intervalScheduler } from './schedules/interval-loop';
import { AccountDirectory } from '../services/app/accounts/account-directory';
import { CardActionDispatcher } from '../services/app/clicks/dispatch-click';
import { CardRenderer } from '../services/app/posting/card-renderer';
import { wireTeamwork } from './wiring/teamwork';
import { LoadShedder } from './http/load-shedder';
import { Foreground } from './http/foreground';
import { CardUpdater } from '../services/app/posting/card-updater';
import type { Config } from './config/config-shape';
import { CardOutbox } from '../services/app/posting/card-outbox';
import { createLogger } from './wiring/logger';
import { RouteResolver } from '../services/app/posting/route-resolver';
import { createServer } from './http/server';
import { listen } from './http/listen';
import { PacedTeamsPoster, TEAMS_LIMITS, UNPACED } from './teams/paced-poster';
import { wireTab } from './overview/wire-tab';
import { createAdapter } from './teams/create-adapter';
import { SvarsvaktenBot } from './teams/svarsvakten-bot';
import { BotFrameworkTeamsPoster } from './teams/teams-poster';
import { EventIngester } from '../services/app/ingest/ingest-events';
import { configuredWebhooks } from './webhooks/configured-webhooks';
import { wireInbox } from './wiring/inbox';
import { AnswerNotice } from '../services/app/notices/answer-notice';
import { HolderPing } from '../services/app/notices/holder-ping';

/** The composition root: the only place that constructs adapters and wires them together. */
export async function startApp(
  config: Config,
  tablesConnectionString: string,
  overrides: AppOverrides = {},
): Promise<RunningApp> {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const clock = overrides.clock ?? systemClock;
  const schedule = intervalScheduler(logger);
  const stores = await wireStores(tablesConnectionString, config, clock);
  const shedder = new LoadShedder(config.shedding);
  // Card posting, ingestion from the inbox and the overview's counting give way to what someone waits on.
  const foreground = new Foreground(shedder);
  const figures = wireFigures(config, stores, { clock, logger, schedule, priority: foreground });
  const media = await wireMediaVault(tablesConnectionString, config, logger);
  const { comments: store, installations, staff, ledger, duty, chats, queue, routes: routeStore } = stores;
  const accounts = new AccountDirectory(config.accounts);
  const adapter = createAdapter(config, logger);
  const access = new AccessControl(staff, config.access);
  const graph = wireGraph(config, { installations, clock, logger });
  // Every message to Teams goes through one paced queue, most urgent deadline first.
  const poster = new PacedTeamsPoster(
    graph.lookingFirst(overrides.poster ?? new BotFrameworkTeamsPoster(adapter, config.bot.appId)),
    logger,
    clock,
    config.teamsPacing === 'on' ? TEAMS_LIMITS : UNPACED,
  );
  const teamwork = await wireTeamwork(config, { ...stores, poster, clock, logger });
  const { soonHours } = config.reminders;
  const renderer = new CardRenderer(accounts, config.platina.example, clock, soonHours, teamwork.offers);
  const updater = new CardUpdater(poster, renderer, logger, stores.channelLanguages);
  const conversations = new ConversationRefresher({ store, tally: stores.threadTally, updater, logger });
  const routes = new RouteResolver(installations, routeStore, clock);
  const { adminNotice, outboxNotices, foreignAccounts } = wireAdminNotices({
    ledger,
    poster,
    routes,
    installations,
    adminIds: config.access.adminIds,
    accounts,
    logger,
    languages: chats,
  });
  const credentialDeps = { accounts, notice: adminNotice, clock, logger, schedule };
  const credentialParts = wireCredentials(config, {
    table: stores.credentialTable,
    pending: stores.pollerState,
    ...credentialDeps,
  });
  const { credentials, watch, connect, store: credentialStore } = credentialParts;
  const intake = wireIntake(config, { ...credentialDeps, state: stores.pollerState, tokens: credentials });
  const platforms = wirePlatforms(config, { credentials, accounts, clock });
  const publisher = overrides.publisher ?? platforms.publisher;
  const outbox = new CardOutbox({
    store,
    schedule,
    conversations,
    priority: foreground,
    queue,
    poster,
    storms: new StormFolder({
      comments: store,
      storms: stores.storms,
      poster,
      cards: renderer,
      clock,
      logger,
      settings: config.storms,
      channelLanguages: stores.channelLanguages,
    }),
    routes,
    renderer,
    clock,
    logger,
    intervalMs: config.outboxIntervalMs,
    notices: outboxNotices,
    channelLanguages: stores.channelLanguages,
  });
  const overviewNotes = new OverviewNotes();
  const reminders = new Reminders({
    schedule,
    reminders: stores.reminders,
    comments: store,
    poster,
    duty,
    chats,
    languages: chats,
    channelLanguages: stores.channelLanguages,
    routes,
    updater,
    clock,
    logger,
    policy: config.reminders,
    teamLeads: config.teamLeads,
    intervalMs: config.reminderIntervalMs,
    teamwork: config.teamwork,
    away: stores.away,
    staff,
    overviewNotes,
    overviewLink: tabLink(config.tab.teamsAppId),
    places: config.places,
  });
  const ingester = new EventIngester({
    accounts,
    foreignAccounts,
    store,
    outbox: outbox.turns,
    updater,
    clock,
    deadlinePolicy: config.deadline,
    reminders,
    answerNotices: new AnswerNotice(
      new HolderPing({ ...stores, poster, clock, logger, languages: chats }),
      logger,
    ),
    conversationIndex: stores.conversationIndex,
    conversations,
    mentions: platforms.mentions,
    intake: intake.activity,
    residentReplies: config.residentReplies,
  });
  const { activity } = intake;
  const pollerDeps = { accounts, tokens: credentials, state: stores.pollerState, ingester, activity };

  const { retention, archiveReminder, registry } = wireRecords(config, {
    ...recordStores(stores),
    mailer: graph.mailer,
    accounts,
    poster,
    updater,
    clock,
    logger,
    conversationIndex: stores.conversationIndex,
    notice: adminNotice,
    media,
    schedule,
  });
  const pollers = wirePollers(platforms.readers, { ...pollerDeps, clock, logger, schedule });
  overviewNotes.from(watch, intake.intakeWatch, ...Object.values(pollers));
  const actionDeps = {
    store,
    storms: stores.storms,
    keyedIds: stores.keyedIds,
    renderer,
    updater,
    publisher,
    moderator: publisher,
    media,
    accounts,
    access,
    platina: config.platina,
    clock,
    logger,
    conversationIndex: stores.conversationIndex,
    staff,
    away: stores.away,
    savedAnswers: stores.savedAnswers,
    departments: stores.departments,
    channelLanguages: stores.channelLanguages,
    poster,
    teamwork: teamwork.notices,
    reminders,
    conversations,
    registry,
  };
  const actions = new CardActionDispatcher(actionDeps);
  const bot = new SvarsvaktenBot({
    installations,
    clock,
    logger,
    actions,
    commands: wireCommands(config, stores, {
      access,
      accounts,
      activity: intake.activity,
      credentialStore,
      clock,
      routeCache: routes,
      roster: teamwork.roster,
      departmentList: teamwork.departments,
      updater,
      logger,
    }),
    cardLanguage: config.cardLanguage,
    routes,
    chats,
    languages: chats,
    ...(config.mode === 'production' && config.bot.tenantId ? { allowedTenantId: config.bot.tenantId } : {}),
  });
  const webhooks = configuredWebhooks(config);
  const inboxParts = { webhooks, ingester, clock, logger, schedule, priority: foreground };
  const inbox = wireInbox(config, { ...inboxParts, inbox: stores.inbox });
  const server = createServer({
    adapter,
    bot,
    webhooks,
    deliveries: inbox.deliveries,
    webhookMaxBytes: config.webhookMaxBytes,
    ...{ shedder, foreground },
    unverified: config.unverified,
    storage: store,
    tab: wireTab(config, {
      access,
      comments: store,
      accounts,
      clock,
      logger,
      tabKeys: overrides.tabKeys,
      savedAnswers: stores.savedAnswers,
      offeredAnswers: teamwork.savedAnswers,
      media,
      accountStatus: { accounts, activity, credentialStore, clock, connections: connect },
      connect,
      audit: stores.audit,
      archives: stores.archives,
      subjects: stores.subjects,
      closeSelection: actions.closeSelection.bind(actions),
      overview: figures.overview,
    }),
    logger,
    clock,
  });
  const url = await listen(server, config, logger);
  // The background jobs, started in this order and stopped in it, each waiting for its pass under way.
  const jobs = [
    inbox.drain,
    outbox,
    reminders,
    ...Object.values(pollers),
    retention,
    archiveReminder,
    ...(registry ? [registry] : []),
    watch,
    intake.intakeWatch,
    figures.keeper,
  ];
  for (const job of jobs) job.start();
  return {
    ...{ server, url, outbox, reminders, pollers, retention, archiveReminder, figures: figures.keeper },
    ...{ inbox: inbox.drain, credentialWatch: watch, intakeWatch: intake.intakeWatch },
    async stop() {
      for (const job of jobs) await job.stop();
      poster.close();
      shedder.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
