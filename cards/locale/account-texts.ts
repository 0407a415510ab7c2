import { PLATFORM_NAMES, type Platform } from '../../services/domain/platform';
import { swedishDateTime } from '../swedish-time';

/** What `konton` answers: each account's intake and credential, as an admin or IT reads it. */

export type CredentialState = 'ok' | 'reconnect' | 'none';

const when = (iso: string | undefined) => (iso ? swedishDateTime(iso) : 'aldrig');

export const ACCOUNT_TEXTS = {
  none: 'Inga konton är konfigurerade (ACCOUNTS_FILE).',
  heading: (count: number) => `**Konton** (${count}). Tider i svensk tid; fel räknas för det senaste dygnet.`,
  name: (platform: Platform, name: string, id: string) => `**${name}** – ${PLATFORM_NAMES[platform]} (${id})`,
  credential: (state: CredentialState, endsAt: string | undefined) =>
    `- Inloggning: ${
      state === 'ok'
        ? `OK${endsAt ? `, går ut ${swedishDateTime(endsAt)}` : ''}`
        : state === 'reconnect'
          ? '**Behöver anslutas igen**'
          : 'saknas – svar ges direkt på plattformen'
    }`,
  intake: (
    lastCommentAt: string | undefined,
    lastDeliveryAt: string | undefined,
    lastReadAt: string | undefined,
  ) =>
    `- Senaste kommentar: ${when(lastCommentAt)} · senaste webhook: ${when(lastDeliveryAt)} · ` +
    `senast läst: ${when(lastReadAt)}`,
  subscription: (
    missing: readonly string[] | undefined,
    unreadable: boolean,
    checkedAt: string | undefined,
  ) =>
    `- Webhook: ${
      !checkedAt
        ? 'inte kontrollerad än'
        : unreadable
          ? `kunde inte läsas (${swedishDateTime(checkedAt)})`
          : missing && missing.length > 0
            ? `**saknar ${missing.map((f) => `\`${f}\``).join(', ')}** (${swedishDateTime(checkedAt)})`
            : `OK (${swedishDateTime(checkedAt)})`
    }`,
  errors: (errors: readonly { code: string; count: number; lastAt: string }[]) =>
    `- Fel: ${
      errors.length === 0
        ? 'inga'
        : errors.map((e) => `\`${e.code}\` ×${e.count} (senast ${swedishDateTime(e.lastAt)})`).join(', ')
    }`,
};

export type AccountTexts = typeof ACCOUNT_TEXTS;
