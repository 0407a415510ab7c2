import { PLATFORM_NAMES } from '../../services/domain/platform';
import {
  COMMANDS,
  type AwayTexts,
  type CommandEntry,
  type DepartmentTexts,
  type DutyTexts,
  type LanguageTexts,
  type OutboxTexts,
  type RouteTexts,
} from './command-texts';

/** The commands' answers for someone who reads Teams in English. The commands themselves stay Swedish words. */

const DESCRIPTIONS: Record<string, string> = {
  hjälp: 'Shows what Svarsvakten can do',
  'behörighet lista': 'Shows who may handle comments',
  'behörighet historik': 'Shows who changed permissions and connections (admins)',
  'behörighet lägg till @person':
    'Gives a trained colleague permission; end with "inskolning" (in training) or "godkännare" (approver) (admins)',
  'behörighet ta bort @person': 'Removes a permission (admins)',
  'koppla <plattform> <konto-id>': 'Connects an account to this channel (admins)',
  'koppla lista': 'Shows which accounts land in which channels',
  'bevakning lista': 'Shows who keeps watch in the channel',
  konton: 'Shows for each account its sign-in, latest comment, webhook and errors',
  'utkorg lista': 'Shows cards Teams did not accept (admins)',
  'utkorg försök igen': 'Posts stopped cards again (admins)',
  'verksamhet lägg till <namn>': 'Connects this channel to a department that can be asked (admins)',
  'verksamhet lista': 'Shows which departments can be asked',
  'frånvaro på': 'You are away: the comments you hold go back to the queue, reminders pass you by',
  'frånvaro av': 'You are back',
  'bevakning lägg till @person': 'Is mentioned when a comment nobody has taken nears its deadline',
  'bevakning ta bort @person': 'Removes someone from the watch in the channel',
  'språk sv | en':
    'Chooses the language Svarsvakten writes in to the channel: cards, reminders, notices and the daily overview (admins)',
};

/** The command list in English: every command the Swedish list has, with its description translated. */
export const COMMANDS_EN: readonly CommandEntry[] = COMMANDS.map((c) => ({
  ...c,
  description: DESCRIPTIONS[c.command] ?? c.description,
}));

export const HELP_EN =
  'I am Svarsvakten. Every comment from the city’s social media accounts becomes a card in the channel: take it, answer straight from the card, send "we have seen your comment", refer or close it – within 24 hours. Commands are written in Swedish, as listed here.\n\n' +
  COMMANDS_EN.map((c) => `- **${c.command}** – ${c.description}`).join('\n');

function names(people: readonly { readonly name: string }[]): string {
  return people.map((p) => p.name).join(', ');
}

export const ROUTE_TEXTS_EN: RouteTexts = {
  noneBound:
    'No accounts are connected. Comments land in the General channel of the first team Svarsvakten was added to (Messenger lands nowhere until the contact centre has connected its channel).',
  boundLine: (platform, accountName, accountId, channelId) =>
    `- ${PLATFORM_NAMES[platform]} ${accountName} (${accountId}) → channel ${channelId}`,
  usage: 'Write for example **koppla facebook 180001234567890** or **koppla messenger 180001234567890**.',
  inChannelOnly: 'Write the command in the channel the account is to be connected to.',
  bound: (platform, accountName) =>
    `New comments from the ${PLATFORM_NAMES[platform]} account ${accountName} now land in this channel.`,
};

export const DUTY_TEXTS_EN: DutyTexts = {
  inChannelOnly: 'A watch belongs to a channel: write the command in the channel.',
  nobody: 'Nobody keeps watch in this channel. Add someone with **bevakning lägg till @person**.',
  list: (people) => `Watch in the channel: ${names(people)}`,
  mentionSomeone: 'Mention the person with @, for example **bevakning lägg till @Anna Svensson**.',
  added: (people) => `${names(people)} will be mentioned when a comment nobody has taken nears its deadline.`,
  removed: (people) => `${names(people)} no longer keeps watch in the channel.`,
};

export const OUTBOX_TEXTS_EN: OutboxTexts = {
  nothingToRetry: 'No cards are waiting for another attempt.',
  retrying: (count) =>
    `${count} ${count === 1 ? 'card is' : 'cards are'} queued again and will be posted shortly.`,
  noneStopped: (pending) =>
    `No cards are stopped. ${pending} ${pending === 1 ? 'card is' : 'cards are'} waiting to be posted right now.`,
  stoppedLine: (platform, code, attempts) =>
    `- ${PLATFORM_NAMES[platform]}: Teams answered ${code} after ${attempts} attempts`,
  stopped: (shown, lines) =>
    `Cards Teams did not accept (${shown}). The comments are stored. ` +
    `Write **utkorg försök igen** once the fault is fixed.\n\n${lines.join('\n')}`,
  moreThan: (count) => `more than ${count}`,
};

export const AWAY_TEXTS_EN: AwayTexts = {
  nobody: 'Nobody is away right now.',
  list: (away) => `Away: ${away.map((a) => a.name).join(', ')}`,
  away: (name, self, released, kept) =>
    `${self ? 'You are' : `${name} is`} away. ` +
    (released === 0
      ? 'No comments held needed to go back to the queue.'
      : `${released} ${released === 1 ? 'comment' : 'comments'} went back to the queue.`) +
    (kept > 0
      ? ` ${kept} ${kept === 1 ? 'case or answer awaiting approval stays' : 'cases or answers awaiting approval stay'} – ask a colleague to take over.`
      : '') +
    ` Reminders and assignments pass ${self ? 'you' : name} by until ${self ? 'you write' : 'someone writes'} **frånvaro av**.`,
  back: (name, self) =>
    `${self ? 'Welcome back!' : `${name} is back.`} Reminders and assignments reach ${self ? 'you' : name} again.`,
  wasNotAway: (name, self) => `${self ? 'You were' : `${name} was`} not marked as away.`,
};

export const DEPARTMENT_TEXTS_EN: DepartmentTexts = {
  none: 'No departments are connected. An admin writes **verksamhet lägg till <namn>** in the department’s channel.',
  list: (departments) => `Departments to ask: ${departments.join(', ')}`,
  nameWanted: 'Write the department’s name, for example **verksamhet lägg till Avfall**.',
  inChannelOnly: 'Write the command in the department’s own channel: the questions land there.',
  bound: (name) =>
    `Questions to ${name} now land in this channel. Anyone here may answer – nothing is published, the answer goes to the one who asked.`,
  removed: (name) => `${name} can no longer be asked.`,
  unknown: (name) => `No department is called ${name}.`,
};

const LANGUAGE_NAMES = { sv: 'Swedish', en: 'English' } as const;

export const LANGUAGE_TEXTS_EN: LanguageTexts = {
  name: (language) => LANGUAGE_NAMES[language],
  inChannelOnly: 'The language belongs to a channel: write the command in the channel.',
  current: (language) =>
    `Svarsvakten writes in ${LANGUAGE_NAMES[language]} in this channel: cards, reminders, notices and the daily overview. ` +
    'Everyone’s own cards and chats follow the language they use in Teams. An admin changes it with **språk en** or **språk sv**.',
  usage: 'Write **språk sv** for Swedish or **språk en** for English.',
  set: (language) =>
    `Svarsvakten now writes in ${LANGUAGE_NAMES[language]} in this channel: cards, reminders, notices and the daily overview.`,
};
