import type { Request, Response, Server } from 'restify';
import { plainLanguageLines } from '../../cards/plain-language-help';
import { PLAINER_WORDS } from '../../cards/locale/plainer-words';
import { readerStrings } from './reader-strings';
import { AppError } from '../../services/domain/app-error';
import { adviseOn } from '../../services/domain/plain-language/advise';
import { parseJsonObject } from '../http/parse-json-object';
import { readJsonBody } from '../http/read-json-body';
import type { TabGuard } from './tab-guard';

const MAX_BODY_BYTES = 16_384;

/**
 * The klarspråk help for a text written in the tab (a saved answer), for trained staff: `POST
 * /api/overview/plain-language` with `{ "text": … }` gives `{ "lines": [...] }`, as the card's preview says it. A
 * saved answer is signed when it is sent and greets with `{namn}`, so neither is asked of it here.
 */
export function registerPlainLanguageRoute(server: Server, guard: TabGuard): void {
  server.post('/api/overview/plain-language', async (req: Request, res: Response) => {
    try {
      const { staff } = await guard.viewerOf(req);
      if (!staff) throw new AppError('not_authorised', 'Only trained staff');
      const body = parseJsonObject(await readJsonBody(req, MAX_BODY_BYTES));
      const text = typeof body.text === 'string' ? body.text.slice(0, 4000) : '';
      const advice = adviseOn(text, `${text}\n/Namn`, { text: '', authorName: '' }, PLAINER_WORDS);
      guard.send(res, 200, { lines: plainLanguageLines(readerStrings(req), advice) });
    } catch (error) {
      guard.failed(res, error);
    }
  });
}
