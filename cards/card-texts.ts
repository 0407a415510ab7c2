import type { AppErrorCode } from '../services/domain/app-error';
import type { CardStrings } from './locale/card-strings';
import { SV } from './locale/sv';

/** What a card says when an action could not be done. Placeholders: {holder}, {over}, {by}, {retry}, {example}. */
export function errorText(
  code: AppErrorCode,
  details: Readonly<Record<string, string | number | boolean>>,
  strings: CardStrings = SV,
): string {
  const template = strings.errors[code] ?? strings.fallbackError;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(details[name] ?? ''));
}
