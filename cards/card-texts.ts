import type { AppErrorCode } from '../services/domain/app-error';
import type { CardStrings } from './locale/card-strings';
import { SV } from './locale/sv';

type Details = Readonly<Record<string, string | number | boolean>>;

/**
 * When to try again, in the reader's words, from what the platform said: a time (`retryAt`, ISO), a wait
 * (`retryInMs`, or `retryAfterMs`), or nothing.
 */
function retryWords(details: Details, strings: CardStrings): string {
  if (typeof details.retryAt === 'string') return strings.retryAt(details.retryAt);
  const ms = Number(details.retryInMs ?? details.retryAfterMs ?? 0);
  return ms > 0 ? strings.retryIn(Math.max(1, Math.ceil(ms / 60_000))) : strings.retrySoon;
}

/** What a card says when an action could not be done. Placeholders: {holder}, {over}, {by}, {retry}, {example}. */
export function errorText(code: AppErrorCode, details: Details, strings: CardStrings = SV): string {
  const template = strings.errors[code] ?? strings.fallbackError;
  const text = template.replace(/\{(\w+)\}/g, (_, name: string) =>
    name === 'retry' ? retryWords(details, strings) : String(details[name] ?? ''),
  );
  if (code !== 'not_authorised') return text;
  const given = (name: string) => (typeof details[name] === 'string' ? String(details[name]) : undefined);
  return text + strings.trainingWhere(given('trainingUrl'), given('trainingContact'));
}
