import {
  TeamsActivityHandler,
  TeamsInfo,
  TurnContext as BotTurnContext,
  type Mention,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type TeamsChannelData,
  type TurnContext,
} from 'botbuilder';
import type { CardStrings } from '../../cards/locale/card-strings';
import { stringsFor } from '../../cards/locale/pick-strings';
import { languageOfLocale, type ReaderLanguage } from '../../services/domain/reader-language';
import type { Person } from '../../services/domain/person';
import type {
  Clock,
  InstallationStore,
  PersonalChatStore,
  ReaderLanguages,
} from '../../services/ports/index';
import type { CommandInput, MentionedPerson } from '../../services/app/commands/command-input';
import type { Logger } from '../wiring/logger';
import { resolveActor } from './resolve-actor';
import { utcIso } from '../../services/domain/utc-iso';

/** A card click, understood and answered with the card the clicker gets back (services/app/clicks). */
export interface CardActions {
  dispatch(input: {
    verb: string;
    data: Record<string, unknown>;
    actor: Person;
    strings: CardStrings;
    channelId: string;
  }): Promise<Record<string, unknown>>;
}

/** A command to @Svarsvakten, answered in words (bot/commands). */
export interface Commands {
  run(input: CommandInput): Promise<string>;
}

export interface SvarsvaktenBotDeps {
  readonly installations: InstallationStore;
  readonly actions: CardActions;
  readonly commands: Commands;
  readonly clock: Clock;
  readonly logger: Logger;
  /** When set, only this Entra tenant may act. */
  readonly allowedTenantId?: string;
  /** 'auto' follows each person's Teams locale; 'sv' or 'en' fixes the language of the cards. */
  readonly cardLanguage: 'auto' | 'sv' | 'en';
  /** Routes resolved earlier: forgotten when a team was added or removed. */
  readonly routes?: { forget(): void };
  /** Where the bot's 1:1 chat with someone who added the app for themselves is kept (Entra object id → chat). */
  readonly chats?: Pick<PersonalChatStore, 'save'>;
  /** Where the language each person reads Teams in is kept, from their clicks: their 1:1 messages follow it. */
  readonly languages?: Pick<ReaderLanguages, 'remember'>;
}

/** The Teams side of Svarsvakten: installation bookkeeping and card clicks. */
export class SvarsvaktenBot extends TeamsActivityHandler {
  constructor(private readonly deps: SvarsvaktenBotDeps) {
    super();
    this.onInstallationUpdateAdd(async (context, next) => {
      if (context.activity.conversation.conversationType === 'personal') await this.rememberChat(context);
      else await this.rememberTeam(context);
      await next();
    });
    this.onInstallationUpdateRemove(async (context, next) => {
      await this.forgetTeam(context);
      await next();
    });
    this.onConversationUpdate(async (context, next) => {
      const botId = context.activity.recipient.id;
      if (context.activity.membersAdded?.some((member) => member.id === botId))
        await this.rememberTeam(context);
      if (context.activity.membersRemoved?.some((member) => member.id === botId))
        await this.forgetTeam(context);
      await next();
    });
    this.onMessage(async (context, next) => {
      if (this.tenantAllowed(context)) await this.answerCommand(context);
      await next();
    });
  }

  private tenantAllowed(context: TurnContext): boolean {
    const allowed = this.deps.allowedTenantId;
    if (!allowed) return true;
    const tenant =
      (context.activity.channelData as TeamsChannelData | undefined)?.tenant?.id ??
      context.activity.conversation.tenantId;
    if (tenant === allowed) return true;
    this.deps.logger.warn({ event: 'teams.tenant.refused' }, 'activity from another tenant refused');
    return false;
  }

  /** A message to the bot is a command: `behörighet …`, `koppla …`, or anything else for help. */
  private async answerCommand(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const botId = activity.recipient.id;
    const text = BotTurnContext.removeRecipientMention(activity) ?? activity.text ?? '';
    const mentions: MentionedPerson[] = [];
    for (const entity of activity.entities ?? []) {
      if (entity.type !== 'mention') continue;
      const mentioned = (entity as Mention).mentioned;
      if (!mentioned?.id || mentioned.id === botId) continue;
      try {
        const member = await TeamsInfo.getMember(context, mentioned.id);
        mentions.push({
          id: member.aadObjectId ?? mentioned.id,
          name: member.name || mentioned.name,
          teamsId: mentioned.id,
          resolved: Boolean(member.aadObjectId),
        });
      } catch {
        mentions.push({ id: mentioned.id, name: mentioned.name, teamsId: mentioned.id, resolved: false });
      }
    }
    const channelData = activity.channelData as TeamsChannelData | undefined;
    const teamId = channelData?.team?.id;
    const channelId = channelData?.channel?.id ?? activity.conversation.id.split(';')[0];
    const tenantId = channelData?.tenant?.id ?? activity.conversation.tenantId ?? '';
    const actor = await resolveActor(context);
    await this.rememberLanguage(actor.id, activity.locale);
    const answer = await this.deps.commands.run({
      text: text
        .replace(/<at>[^<]*<\/at>/g, ' ')
        .replace(/&nbsp;/g, ' ')
        .trim(),
      actor,
      mentions,
      language: this.languageOf(activity.locale),
      channel:
        teamId && channelId
          ? { teamId, channelId, tenantId, serviceUrl: activity.serviceUrl, botId }
          : undefined,
    });
    await context.sendActivity({ type: 'message', text: answer, textFormat: 'markdown' });
  }

  /** Someone added the app for themselves: 1:1 reminders can reach them from now on. */
  private async rememberChat(context: TurnContext): Promise<void> {
    if (!this.tenantAllowed(context)) return;
    const userId = context.activity.from.aadObjectId ?? context.activity.from.id;
    await this.deps.chats?.save(userId, context.activity.conversation.id);
    this.deps.logger.info({ event: 'teams.personal_install' }, 'personal chat remembered');
  }

  private async rememberTeam(context: TurnContext): Promise<void> {
    if (!this.tenantAllowed(context)) return;
    const channelData = context.activity.channelData as TeamsChannelData | undefined;
    const team = channelData?.team;
    if (!team?.id) return;
    let channelIds = [team.id];
    try {
      channelIds = (await TeamsInfo.getTeamChannels(context, team.id)).map((c) => c.id ?? '').filter(Boolean);
    } catch {
      // Listing channels is a nicety; the General channel's id is the team's id.
    }
    const existing = await this.deps.installations.get(team.id);
    let aadGroupId = team.aadGroupId ?? existing?.aadGroupId;
    try {
      aadGroupId ??= (await TeamsInfo.getTeamDetails(context, team.id)).aadGroupId;
    } catch {
      // Without it Graph cannot be asked about this team's channels: a card after a 502 is posted again unseen.
    }
    await this.deps.installations.save({
      ...(aadGroupId ? { aadGroupId } : {}),
      teamId: team.id,
      teamName: team.name ?? '',
      tenantId: channelData?.tenant?.id ?? context.activity.conversation.tenantId ?? '',
      serviceUrl: context.activity.serviceUrl,
      generalChannelId: team.id,
      channelIds,
      botId: context.activity.recipient.id,
      active: true,
      installedAt: existing?.active ? existing.installedAt : utcIso(this.deps.clock.now()),
    });
    this.deps.routes?.forget();
    this.deps.logger.info({ event: 'teams.installed', channels: channelIds.length }, 'team remembered');
  }

  private async forgetTeam(context: TurnContext): Promise<void> {
    const team = (context.activity.channelData as TeamsChannelData | undefined)?.team;
    if (!team?.id) return;
    await this.deps.installations.markInactive(team.id);
    this.deps.routes?.forget();
    this.deps.logger.info({ event: 'teams.uninstalled' }, 'team marked inactive');
  }

  /**
   * Languages this instance wrote lately: written again when a person's changes, or after five minutes (another
   * instance may have written another since), not at every click.
   */
  private readonly languagesSeen = new Map<string, { language: 'sv' | 'en'; at: number }>();

  /** The language a message or click is answered in: the sender's Teams locale, unless CARD_LANGUAGE fixes one. */
  private languageOf(locale: string | undefined): ReaderLanguage {
    const { cardLanguage } = this.deps;
    return cardLanguage !== 'auto' ? cardLanguage : languageOfLocale(locale);
  }

  /** The language a person reads Teams in, as their click says (or as CARD_LANGUAGE fixes it), kept for 1:1s. */
  private async rememberLanguage(personId: string, locale: string | undefined): Promise<void> {
    const { languages, cardLanguage } = this.deps;
    if (!languages || (cardLanguage === 'auto' && !locale)) return;
    const language = this.languageOf(locale);
    const seen = this.languagesSeen.get(personId);
    const now = this.deps.clock.monotonic();
    if (seen?.language === language && now - seen.at < 300_000) return;
    await languages.remember(personId, language).catch(() => undefined);
    this.languagesSeen.set(personId, { language, at: now });
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    if (!this.tenantAllowed(context)) {
      return {
        statusCode: 403,
        type: 'application/vnd.microsoft.error',
        value: { code: 'Forbidden', message: 'Tenant not allowed' } as never,
      };
    }
    const actor = await resolveActor(context);
    await this.rememberLanguage(actor.id, context.activity.locale);
    const channelData = context.activity.channelData as TeamsChannelData | undefined;
    const card = await this.deps.actions.dispatch({
      channelId: channelData?.channel?.id ?? context.activity.conversation.id.split(';')[0] ?? '',
      verb: invokeValue.action.verb,
      data: { ...(invokeValue.action.data as Record<string, unknown>) },
      actor,
      strings: stringsFor(this.languageOf(context.activity.locale)),
    });
    return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card };
  }
}
