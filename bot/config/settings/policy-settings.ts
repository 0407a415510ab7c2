import type { Setting } from './setting';
import { int, list, oneOf, optionalText, optionalUrl, text, yesNo } from './setting';
import { dates, durations, pattern, people, timeOfDay, timeSpan } from './policy-readers';
import { DEFAULT_DEADLINE_POLICY } from '../../../services/domain/deadline';
import { DEFAULT_REMINDER_POLICY } from '../../../services/domain/reminder-plan';

/** The city's policy: who may act, Platina references, deadlines, office hours, reminders, language. */
export const POLICY_SETTINGS = {
  ADMIN_IDS: {
    shown: '_(none; required in production)_',
    meaning: 'Comma-separated Entra object ids of the admins who keep the staff list and bind accounts.',
    read: list(),
    required: 'is required in production (Entra object ids of who may grant access)',
  },
  STAFF_IDS: {
    shown: '_(none)_',
    meaning: 'Comma-separated Entra object ids of trained staff, besides those added with `behörighet`.',
    read: list(),
  },
  CONTACT_CENTRE_IDS: {
    shown: '_(none)_',
    meaning:
      "Comma-separated Entra object ids of the contact centre's people: the only ones the overview tab shows Messenger items to (P7). Messenger cards can be used only in the channel bound for Messenger.",
    read: list(),
  },
  PLATINA_REF_PATTERN: {
    shown: '`^[A-ZÅÄÖ]{2,6}-\\d{4}-\\d{1,6}$`',
    meaning: 'What a Platina reference (diarienummer) must look like.',
    read: pattern(/^[A-ZÅÄÖ]{2,6}-\d{4}-\d{1,6}$/),
  },
  PLATINA_REF_EXAMPLE: {
    shown: '`KS-2026-01234`',
    meaning: 'The example shown when a reference is refused (must match the pattern).',
    read: text('KS-2026-01234'),
  },
  DEADLINE_HOURS: {
    shown: '`24`',
    meaning: 'Hours from when a comment was written to its deadline (P3).',
    read: int(DEFAULT_DEADLINE_POLICY.answerWithinHours, 1, 240),
  },
  DEADLINE_NEXT_WORKING_DAY_HOUR: {
    shown: '`12`',
    meaning: 'The hour on the next working day when the 24 hours end on a closed day.',
    read: int(DEFAULT_DEADLINE_POLICY.nextWorkingDayHour, 0, 23),
  },
  EXTRA_CLOSED_DAYS: {
    shown: '_(none)_',
    meaning: 'Comma-separated dates (`2026-05-15`) the city is closed besides holidays.',
    read: dates(),
  },
  HALF_DAYS_CLOSED: {
    shown: '`no`',
    meaning: '`yes` counts trettondagsafton, valborgsmässoafton and allhelgonaafton as closed.',
    read: yesNo(false),
  },
  OFFICE_HOURS: {
    shown: '`08:00-17:00`',
    meaning: 'When reminders may arrive, on working days.',
    read: timeSpan({ start: DEFAULT_REMINDER_POLICY.officeStart, end: DEFAULT_REMINDER_POLICY.officeEnd }),
  },
  REMINDERS_BEFORE_DEADLINE: {
    shown: '`4h,1h`',
    meaning: 'When reminders come before the deadline (plus the escalation at it).',
    read: durations(DEFAULT_REMINDER_POLICY.beforeDeadline),
  },
  SOON_HOURS: {
    shown: '`4`',
    meaning: 'Hours before the deadline when the card says "Snart försenad".',
    read: int(DEFAULT_REMINDER_POLICY.soonHours, 1, 48),
  },
  FOLLOW_UP_TIME: {
    shown: '`09:00`',
    meaning: 'Working-morning follow-ups for holding replies and cases without a Platina reference.',
    read: timeOfDay(DEFAULT_REMINDER_POLICY.followUpTime),
  },
  DAILY_OVERVIEW_TIME: {
    shown: '`08:30`',
    meaning: 'The daily overview in each routed channel, on working days.',
    read: timeOfDay(DEFAULT_REMINDER_POLICY.dailyOverviewTime),
  },
  TEAM_LEADS: {
    shown: '_(none)_',
    meaning:
      'Comma-separated `<Entra object id>:<name>`, @mentioned when a comment passes its deadline or a promised answer is late, and told in 1:1.',
    read: people(),
  },
  CLAIM_IDLE_HOURS: {
    shown: '`2`',
    meaning:
      'Office hours a taken comment may wait with nothing done before its holder is nudged in 1:1; after as long again it goes back to the queue, with a note in its thread. `0` turns it off.',
    read: int(2, 0, 40),
  },
  PROMISE_ESCALATION_DAYS: {
    shown: '`2`',
    meaning:
      'Working days after "Vi har sett din kommentar" (P4) without the real answer, when the team leads are told in the thread and in 1:1. `0` turns it off.',
    read: int(2, 0, 30),
  },
  REMINDER_INTERVAL_MS: {
    shown: '`30000`',
    meaning: 'How often due reminders are looked for.',
    read: int(30_000, 100, 3_600_000),
  },
  CARD_LANGUAGE: {
    shown: 'local: `sv`; production: `auto`',
    meaning:
      '`auto`: the card a person gets back after a click is in their Teams language (English for English locales, Swedish otherwise); the card everyone sees is Swedish. `sv` or `en` fixes it. Local mode defaults to `sv` because the Playground always reports `en-US`.',
    read: oneOf(['auto', 'sv', 'en'], (at) => (at.local ? 'sv' : 'auto'), { lowerCase: true }),
  },
  RESIDENT_REPLIES: {
    shown: '`suggest`',
    meaning:
      "A reply to another resident's comment that neither answers one of the city's answers nor names the city (the account's name, `staden`, `kommunen`), in a conversation the city has not answered yet, on Facebook, X, YouTube or LinkedIn (Instagram files a reply to the city's answer under the comment it answers, so there it cannot be told): `suggest` shows it as residents answering each other, with **Stäng direkt** one click away and a deadline like any comment; `close` closes it on arrival as needing no answer, unless it asks something or has a photo (its reminders pass it by while it is closed; its card shows it and anyone may reopen it; its reminders still due then remind as for any comment).",
    read: oneOf(['suggest', 'close'], 'suggest', { lowerCase: true }),
  },
  PLANNING_CALENDAR_URL: {
    shown: '_(none)_',
    meaning:
      'The planning calendar of the main accounts (planeringskalendern): linked from the daily overview and the overview tab.',
    read: optionalUrl(),
  },
  TONE_GUIDANCE_URL: {
    shown: '_(none)_',
    meaning:
      "The city's guidance on tone in social media: linked from the daily overview and the overview tab.",
    read: optionalUrl(),
  },
  TRAINING_URL: {
    shown: '_(none)_',
    meaning:
      "The training for the city's social media accounts (on Komin): linked when someone not yet trained tries to act (P11).",
    read: optionalUrl(),
  },
  TRAINING_CONTACT: {
    shown: '_(none)_',
    meaning:
      'Whom an untrained person asks about the training, as the refusal names them, e.g. `Kommunikationsavdelningen, sociala.medier@malmo.se`.',
    read: optionalText(),
  },
} satisfies Record<string, Setting>;
