import { OVERVIEW_TAB_ENTITY } from '../cards/tab-link';
import { COMMANDS, type CommandScope } from '../cards/locale/command-texts';
import { COMMANDS_EN } from '../cards/locale/command-texts-en';
import type { PackageSettings } from './package-settings';

export const MANIFEST_SCHEMA_VERSION = '1.30';
const SCHEMA_BASE = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_SCHEMA_VERSION}`;

export const ICON_FILES = { color: 'color.png', outline: 'outline.png' } as const;
export const ENGLISH_FILE = 'en.json';

/** The tab's addresses on the bot's own server. */
export const TAB_PATHS = { content: '/tab/', configure: '/tab/configure' } as const;

const SWEDISH = {
  nameShort: 'Svarsvakten',
  nameFull: 'Svarsvakten – svar inom 24 timmar i stadens sociala medier',
  descriptionShort: 'Varje kommentar i stadens sociala medier besvaras inom 24 timmar.',
  descriptionFull:
    'Svarsvakten lägger varje kommentar och fråga från stadens konton på Facebook, Instagram, X, YouTube och LinkedIn ' +
    'som ett kort i en Teams-kanal. Utbildade medarbetare tar kommentaren, svarar direkt från kortet, skickar ' +
    '"vi har sett din kommentar", hänvisar till rätt kanal eller handlägger ärendet och antecknar diarienumret i Platina. ' +
    'Svarsvakten påminner i kanalen och i chatten när tidsgränsen närmar sig, och fliken Översikt visar kön och hur ' +
    'staden håller löftet om svar inom 24 timmar.',
  tabName: 'Översikt',
} as const;

const ENGLISH = {
  nameShort: 'Svarsvakten',
  nameFull: 'Svarsvakten – answers within 24 hours on the city’s social media',
  descriptionShort: 'Every comment on the city’s social media accounts answered within 24 hours.',
  descriptionFull:
    'Svarsvakten posts every comment and question from the city’s Facebook, Instagram, X, YouTube and LinkedIn ' +
    'accounts as a card in a Teams channel. Trained staff claim it, reply from the card, send "we have seen your ' +
    'comment", refer to the right channel or handle it as a case and log the Platina reference. Svarsvakten reminds ' +
    'in the channel and in chat as the deadline approaches, and the Overview tab shows the queue and how the city ' +
    'keeps its 24-hour promise.',
  tabName: 'Overview',
} as const;

function commandsFor(scope: CommandScope): { title: string; description: string }[] {
  return COMMANDS.filter((c) => c.scopes.includes(scope)).map((c) => ({
    title: c.command,
    description: c.description,
  }));
}

const COMMAND_SCOPES: readonly CommandScope[] = ['team', 'personal'];

/** The Teams app manifest (Swedish) and its English localisation, from the package settings. */
export function buildManifest(settings: PackageSettings): {
  manifest: Record<string, unknown>;
  english: Record<string, unknown>;
} {
  const host = new URL(settings.publicUrl).host;
  const manifest = {
    $schema: `${SCHEMA_BASE}/MicrosoftTeams.schema.json`,
    manifestVersion: MANIFEST_SCHEMA_VERSION,
    version: settings.version,
    id: settings.teamsAppId,
    developer: {
      name: 'Malmö stad',
      websiteUrl: 'https://malmo.se',
      privacyUrl: 'https://malmo.se/personuppgifter',
      termsOfUseUrl: 'https://malmo.se/Om-webbplatsen.html',
    },
    name: { short: SWEDISH.nameShort, full: SWEDISH.nameFull },
    description: { short: SWEDISH.descriptionShort, full: SWEDISH.descriptionFull },
    icons: { color: ICON_FILES.color, outline: ICON_FILES.outline },
    accentColor: '#0F5BA7',
    localizationInfo: {
      defaultLanguageTag: 'sv-se',
      additionalLanguages: [{ languageTag: 'en-us', file: ENGLISH_FILE }],
    },
    bots: [
      {
        botId: settings.botId,
        scopes: ['team', 'personal'],
        supportsFiles: false,
        isNotificationOnly: false,
        commandLists: COMMAND_SCOPES.map((scope) => ({ scopes: [scope], commands: commandsFor(scope) })),
      },
    ],
    staticTabs: [
      {
        entityId: OVERVIEW_TAB_ENTITY,
        name: SWEDISH.tabName,
        contentUrl: `${settings.publicUrl}${TAB_PATHS.content}`,
        websiteUrl: `${settings.publicUrl}${TAB_PATHS.content}`,
        scopes: ['personal'],
      },
    ],
    configurableTabs: [
      {
        configurationUrl: `${settings.publicUrl}${TAB_PATHS.configure}`,
        canUpdateConfiguration: false,
        scopes: ['team'],
        context: ['channelTab'],
      },
    ],
    permissions: ['identity', 'messageTeamMembers'],
    // Read by the tab's app (webApplicationInfo) in the teams it is installed in, and only there: a card Teams
    // answered 502 or 504 for is looked for before it is posted again.
    ...(settings.readsChannelCards
      ? {
          authorization: {
            permissions: { resourceSpecific: [{ name: 'ChannelMessage.Read.Group', type: 'Application' }] },
          },
        }
      : {}),
    validDomains: [host],
    // A tab signing on with the bot's own app names it api://<host>/botid-<app id>; one with its own app (the bot on
    // a managed identity), api://<host>/<app id>.
    webApplicationInfo: {
      id: settings.tabAppId,
      resource:
        settings.tabAppId === settings.botId
          ? `api://${host}/botid-${settings.botId}`
          : `api://${host}/${settings.tabAppId}`,
    },
  };

  const english: Record<string, unknown> = {
    $schema: `${SCHEMA_BASE}/MicrosoftTeams.Localization.schema.json`,
    'name.short': ENGLISH.nameShort,
    'name.full': ENGLISH.nameFull,
    'description.short': ENGLISH.descriptionShort,
    'description.full': ENGLISH.descriptionFull,
    'staticTabs[0].name': ENGLISH.tabName,
  };
  COMMAND_SCOPES.forEach((scope, list) => {
    commandsFor(scope).forEach((command, index) => {
      const description = COMMANDS_EN.find((c) => c.command === command.title)?.description;
      if (!description) throw new Error(`No English description for the command "${command.title}"`);
      english[`bots[0].commandLists[${list}].commands[${index}].description`] = description;
    });
  });
  return { manifest, english };
}
