import type { Request } from 'restify';
import type { CardStrings } from '../../cards/locale/card-strings';
import { stringsFor } from '../../cards/locale/pick-strings';

/**
 * The words the tab asked for: the tab sends the reader's Teams language as `Accept-Language` ("en" for an English
 * Teams), and what the server words for it (states, reasons, advice, language names) follows. Swedish otherwise.
 */
export function readerStrings(req: Request): CardStrings {
  const asked = req.header('accept-language');
  return stringsFor(typeof asked === 'string' ? asked.trim() : undefined);
}
