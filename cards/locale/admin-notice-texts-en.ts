import { PLATFORM_NAMES } from '../../services/domain/platform';
import type { AdminNoticeTexts } from './admin-notice-texts';
import { EN } from './en';
import { excerptLine } from '../excerpt-card';

/** What admins who read Teams in English are told in 1:1, and a channel kept in English reads in its overview. */
export const ADMIN_NOTICE_TEXTS_EN: AdminNoticeTexts = {
  deadLetters: (count) =>
    `${count} ${count === 1 ? 'card' : 'cards'} could not be posted: Teams will not take ${count === 1 ? 'it' : 'them'} ` +
    'however often Svarsvakten tries. The comments are stored. Write **utkorg lista** to see why, ' +
    'and **utkorg försök igen** once the fault is fixed.',
  foreignAccount: (platform, shownId) =>
    `${PLATFORM_NAMES[platform]} sends events for ${shownId ? `the account ${shownId}` : 'an account with an invalid id'}, ` +
    'which is not in Svarsvakten’s list of accounts. They have not been stored and no cards were made. If the account ' +
    'is the city’s: add it to the list of accounts (ACCOUNTS_FILE) and restart.',
  routeRefused: (teamName) =>
    `Svarsvakten can no longer post comments in ${teamName ? `the team ${teamName}` : 'the team'}: Teams answers ` +
    'that the app is not there. New comments are stored and posted as soon as Svarsvakten has been added to the team ' +
    'again, or once the account is connected to another channel with **koppla <plattform> <konto-id>**.',
  unrouted: (platform, accountName, accountId) =>
    `Messages have come through ${PLATFORM_NAMES[platform]} to ${accountName}, but no channel is connected for the ` +
    `contact centre. They are stored and shown once a channel is connected: write **koppla ${platform} ${accountId}** ` +
    'in the contact centre’s channel.',
  pollingPaused: (platform, accountName, until) =>
    `${PLATFORM_NAMES[platform]} (${accountName}): reading is paused until ${EN.dateTime(until)} – the quota ` +
    'or the rate limit is spent.',
  needsReconnect: (platform, accountName, setting, connectable = false) =>
    `**Needs to be connected again:** ${PLATFORM_NAMES[platform]} (${accountName}) no longer accepts Svarsvakten’s ` +
    'sign-in – it was revoked or has expired. Svarsvakten cannot read new comments there or publish answers; the ' +
    'cards say so and let you answer directly on the platform and paste the answer in. The drafts are kept. ' +
    `Connect the account again: ${connectable ? 'with **Connect account** under Accounts in the overview tab, or ' : ''}` +
    `put a new token in \`${setting}\` (Key Vault) and restart.`,
  credentialEnds: (platform, accountName, endsAt, days) =>
    `${PLATFORM_NAMES[platform]} (${accountName}): Svarsvakten’s sign-in expires ${EN.dateTime(endsAt)}, in ` +
    `${days === 1 ? 'less than a day' : `${days} days or less`}. Connect the account again before then, or ` +
    'Svarsvakten stops reading comments and publishing answers there.',
  credentialUnreadable: (platform, accountName) =>
    `**The sign-in cannot be opened:** ${PLATFORM_NAMES[platform]} (${accountName}) – the stored sign-in is ` +
    'sealed with a key Svarsvakten no longer has. Put the old key back as `TOKEN_KEY_PREVIOUS` and restart, or ' +
    'connect the account again. Until then Svarsvakten reads and publishes nothing there.',
  subscriptionMissing: (platform, accountName, fields) =>
    `**Webhook missing:** ${PLATFORM_NAMES[platform]} (${accountName}) no longer sends ` +
    `${fields.map((f) => `\`${f}\``).join(' and ')} to Svarsvakten – the subscription was removed. ` +
    'Svarsvakten still reads the account back at intervals, but the comments come later. Subscribe the account ' +
    'to the app again (`POST /{id}/subscribed_apps`, see docs/deployment.md section 4).',
  quietAccount: (platform, accountName, lastAt) =>
    `**Quiet account:** ${PLATFORM_NAMES[platform]} (${accountName}) has had no comment since ` +
    `${EN.dateTime(lastAt)}, longer than it is usually quiet. Check that comments reach Svarsvakten: ` +
    'write **konton** for each account’s state.',
  archivePeriodEnded: (from, to) =>
    `The archiving period ${from} – ${to} has ended. Take out the archive package and hand it to the city’s archive ` +
    'under the records plan: **Archive package** in the overview tab, or ' +
    `\`npm run archive -- --from ${from} --to ${to}\` on the server.`,
  archiveWaiting: (from, to, count) =>
    `${count === 1 ? 'One comment' : `${count} comments`} from the period ${from} – ${to} ${count === 1 ? 'has' : 'have'} ` +
    'passed the purge time but wait for an archive package that holds them as they are now: the package has not been ' +
    'taken out, or was taken out before they changed. They stay with the residents’ words until that is done. Take ' +
    'out the package under **Archive package** in the overview tab, or ' +
    `\`npm run archive -- --from ${from} --to ${to}\` on the server.`,
  redactionStuck: (comment, attempts) =>
    '**A card still shows purged words.** The card for a comment purged under the records plan ' +
    `(${excerptLine(comment, 'en')}), or a question to a department about it, could not be updated in Teams after ${attempts} ` +
    'attempts. Svarsvakten tries again once a day; if that fails, delete the card in the channel.',
  registryStuck: (reference, attempts) =>
    `**A case has not reached the registry.** The Platina document of case ${reference} could not be sent ` +
    `after ${attempts} attempts. Svarsvakten tries again once a day, so an automatic mail may still arrive. If you ` +
    'hand the document in yourselves (it is fetched from the card), tell the registry it may come twice.',
};
