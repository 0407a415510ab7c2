import type { Setting } from './setting';
import { int, matching, oneOf, optionalText, secret, text, yesNo } from './setting';

/** The bot in Teams and Azure: its identity, where it listens, its storage, the local Playground. */
export const TEAMS_SETTINGS = {
  MicrosoftAppId: {
    shown: '_(empty: local mode)_',
    meaning: "The bot's Entra app id. Set: production, Bot Framework authentication on.",
    read: text(),
  },
  NODE_ENV: {
    shown: '',
    meaning:
      '`production` refuses to start without `MicrosoftAppId` (local mode has no authentication). So does any of `MicrosoftAppPassword`, `MicrosoftAppTenantId`, `MicrosoftAppType` set without it.',
    readBy: 'local-mode guard',
  },
  MicrosoftAppPassword: {
    shown: '',
    meaning: "The app's client secret. Required with `MicrosoftAppId` (not for `UserAssignedMSI`).",
    read: secret(),
  },
  MicrosoftAppType: {
    shown: '`SingleTenant`',
    meaning: '`SingleTenant`, `MultiTenant` or `UserAssignedMSI`.',
    read: oneOf(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], 'SingleTenant'),
  },
  MicrosoftAppTenantId: {
    shown: '',
    meaning:
      "The city's Entra tenant id. Required in production for every app type (`SingleTenant`, `MultiTenant`, `UserAssignedMSI`): only this tenant may install the app, act and sign in to the tab.",
    read: text(),
    required:
      "is required in production, whatever MicrosoftAppType is: the city's Entra tenant id (a GUID); only that tenant may install the app and act",
  },
  TAB_APP_ID: {
    shown: '`MicrosoftAppId`',
    meaning:
      "The Entra app registration of the overview tab's single sign-on: the audience its tokens must carry, and `webApplicationInfo` in the app package. Its own app with `UserAssignedMSI` (a managed identity cannot be a tab's app); it needs no client secret.",
    read: text((at) => at.env.MicrosoftAppId?.trim() ?? ''),
  },
  PORT: {
    shown: '`3978`',
    meaning: 'HTTP port.',
    read: int(3978),
  },
  HOST: {
    shown: 'local: `127.0.0.1`; production: `0.0.0.0`',
    meaning: 'Address to listen on.',
    read: text((at) => (at.local ? '127.0.0.1' : '0.0.0.0')),
  },
  ALLOW_LOCAL_MODE_ON_NETWORK: {
    shown: '',
    meaning:
      '`yes` lets local mode (no authentication) listen on a non-loopback `HOST`. Never in production.',
    read: yesNo(false),
  },
  TABLES_CONNECTION_STRING: {
    shown: 'local: embedded Azurite',
    meaning:
      "Where Azure Storage is. In the template: the account's Table endpoint, `https://<account>.table.core.windows.net`, reached with the app's managed identity (`AZURE_CLIENT_ID`; roles Storage Table and Blob Data Contributor), so no account key exists. Otherwise a connection string with the account key. Required in production.",
    read: optionalText(),
    required: 'is required in production (the Azure Storage account)',
  },
  AZURE_CLIENT_ID: {
    shown: '',
    meaning:
      "The client id of the bot's managed identity (the template sets it): storage is reached with it when `TABLES_CONNECTION_STRING` is the Table endpoint, and Graph with its token as the tab app's federated credential (`GRAPH_ACCESS=federated`).",
    read: optionalText(),
  },
  TABLE_PREFIX: {
    shown: '_(none)_',
    meaning: 'Put before every table name (letters/digits), so environments can share an account.',
    read: matching(
      /^[A-Za-z][A-Za-z0-9]{0,29}$/,
      'must be letters and digits, starting with a letter, at most 30',
    ),
  },
  AZURITE_PORT: {
    shown: '`10002`',
    meaning: 'Port of the embedded Azurite (local mode without `TABLES_CONNECTION_STRING`).',
    read: int(10002),
  },
  AZURITE_BLOB_PORT: {
    shown: '`10000`',
    meaning:
      "Port of the embedded Azurite's Blob service (local mode without `TABLES_CONNECTION_STRING`): the copies kept of moderated comments' images and videos.",
    read: int(10000),
  },
  DATA_DIR: {
    shown: '`.data`',
    meaning: 'Where the embedded Azurite keeps its data.',
    read: text('.data'),
  },
  PLAYGROUND: {
    shown: 'local: `on`; production: `off`',
    meaning: '`off` starts the bot without the Agents Playground. Only `on` in local mode.',
    read: oneOf(['on', 'off'], (at) => (at.local ? 'on' : 'off'), { lowerCase: true }),
  },
  PLAYGROUND_PORT: {
    shown: '`56150`',
    meaning: 'Port of the Agents Playground.',
    read: int(56150),
  },
} satisfies Record<string, Setting>;
