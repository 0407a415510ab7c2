import { PLATFORM_NAMES } from '../../services/domain/platform';
import type { AccountTexts } from './account-texts';
import { EN } from './en';

/** What `konton` answers, for someone who reads Teams in English. */

const when = (iso: string | undefined) => (iso ? EN.dateTime(iso) : 'never');

export const ACCOUNT_TEXTS_EN: AccountTexts = {
  none: 'No accounts are configured (ACCOUNTS_FILE).',
  heading: (count) => `**Accounts** (${count}). Times in Swedish time; errors counted for the last 24 hours.`,
  name: (platform, name, id) => `**${name}** – ${PLATFORM_NAMES[platform]} (${id})`,
  credential: (state, endsAt) =>
    `- Sign-in: ${
      state === 'ok'
        ? `OK${endsAt ? `, expires ${EN.dateTime(endsAt)}` : ''}`
        : state === 'reconnect'
          ? '**Needs to be connected again**'
          : 'none – answers are given directly on the platform'
    }`,
  intake: (lastCommentAt, lastDeliveryAt, lastReadAt) =>
    `- Latest comment: ${when(lastCommentAt)} · latest webhook: ${when(lastDeliveryAt)} · ` +
    `last read: ${when(lastReadAt)}`,
  subscription: (missing, unreadable, checkedAt) =>
    `- Webhook: ${
      !checkedAt
        ? 'not checked yet'
        : unreadable
          ? `could not be read (${EN.dateTime(checkedAt)})`
          : missing && missing.length > 0
            ? `**lacks ${missing.map((f) => `\`${f}\``).join(', ')}** (${EN.dateTime(checkedAt)})`
            : `OK (${EN.dateTime(checkedAt)})`
    }`,
  errors: (errors) =>
    `- Errors: ${
      errors.length === 0
        ? 'none'
        : errors.map((e) => `\`${e.code}\` ×${e.count} (latest ${EN.dateTime(e.lastAt)})`).join(', ')
    }`,
};
