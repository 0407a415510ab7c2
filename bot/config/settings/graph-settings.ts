import type { Setting } from './setting';
import { oneOf, optionalText, secret, url } from './setting';

/**
 * Microsoft Graph, reached as the tab's app registration (`TAB_APP_ID`, the app the package's `webApplicationInfo`
 * names and its resource-specific consent is granted to): looking for a card Teams may have posted before answering
 * 502 or 504, and sending a closed case's document to the registry.
 */
export const GRAPH_SETTINGS = {
  GRAPH_ACCESS: {
    shown: '`off`',
    meaning:
      "How the bot reaches Microsoft Graph as the tab's app (`TAB_APP_ID`): `off`; `secret` (with `TAB_APP_SECRET`); `federated` (the bot's managed identity, `AZURE_CLIENT_ID`, is a federated credential of the tab's app: no secret). With it, a new card Teams answered 5xx for (502 and 504 from its gateway) is looked for in the channel before it is posted again (the package asks for `ChannelMessage.Read.Group`), and `REGISTRY_MAIL_TO` can be used.",
    read: oneOf(['off', 'secret', 'federated'], 'off', { lowerCase: true }),
  },
  TAB_APP_SECRET: {
    shown: '',
    meaning: "A client secret of the tab's app registration, for `GRAPH_ACCESS=secret`.",
    read: secret(),
  },
  GRAPH_URL: {
    shown: '`https://graph.microsoft.com`',
    meaning: 'Microsoft Graph. Must be `https://` in production.',
    read: url('https://graph.microsoft.com'),
  },
  ENTRA_LOGIN_URL: {
    shown: '`https://login.microsoftonline.com`',
    meaning:
      "Microsoft Entra ID's token endpoint's base (`<base>/<tenant>/oauth2/v2.0/token`), for Graph's app tokens. Must be `https://` in production.",
    read: url('https://login.microsoftonline.com'),
  },
  REGISTRY_MAIL_TO: {
    shown: '_(none: not sent)_',
    meaning:
      "The registry's address (registraturen): a case closed with its Platina reference is sent there as its PDF/A document, from `REGISTRY_MAIL_FROM`, tried again until it goes and kept in the comment's history. Needs `GRAPH_ACCESS` and the tab's app granted `Mail.Send`, limited to that mailbox by an application access policy.",
    read: optionalText(),
  },
  REGISTRY_MAIL_FROM: {
    shown: '',
    meaning: 'The mailbox the documents are sent from (a shared mailbox, e.g. `svarsvakten@malmo.se`).',
    read: optionalText(),
  },
} satisfies Record<string, Setting>;
