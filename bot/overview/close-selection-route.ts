import type { Request, Response, Server } from 'restify';
import { commentKeyFrom } from '../../services/app/clicks/card-action';
import { LARGEST_SELECTION, type SelectionClosed } from '../../services/app/clicks/close-selection';
import { AppError } from '../../services/domain/app-error';
import type { CommentKey } from '../../services/domain/platform';
import type { Person } from '../../services/domain/person';
import { parseJsonObject } from '../http/parse-json-object';
import { readJsonBody } from '../http/read-json-body';
import type { TabGuard } from './tab-guard';

const MAX_BODY_BYTES = 64_000;

/** Closes a selection of the queue for the tab (the card actions' use case). */
export type CloseSelection = (
  actor: Person,
  keys: readonly CommentKey[],
  reason: unknown,
  contactCentre: boolean,
) => Promise<SelectionClosed>;

/**
 * Stäng valda utan svar in the tab's queue: `POST /api/overview/close` with `{ "comments": ["facebook:…", …],
 * "reason": "thanks_only" }` gives `{ "closed": n, "refused": [{ "comment", "code" }] }`. Trained staff only; each
 * comment gets its own history line under the signed-in person's name.
 */
export function registerCloseSelectionRoute(server: Server, close: CloseSelection, guard: TabGuard): void {
  server.post('/api/overview/close', async (req: Request, res: Response) => {
    try {
      const { viewer, staff, contactCentre } = await guard.viewerOf(req);
      if (!staff) throw new AppError('not_authorised', 'Only trained staff close comments');
      const body = parseJsonObject(await readJsonBody(req, MAX_BODY_BYTES));
      const listed = Array.isArray(body.comments) ? body.comments : [];
      if (listed.length > LARGEST_SELECTION)
        throw new AppError('action_invalid', 'Choose between one and a hundred comments');
      const keys = listed.map((commentKey) => commentKeyFrom({ commentKey }));
      const firstName = viewer.name.split(' ')[0] ?? viewer.name;
      const actor = { id: viewer.id, name: viewer.name, firstName };
      guard.send(res, 200, await close(actor, keys, body.reason, contactCentre));
    } catch (error) {
      guard.failed(res, error);
    }
  });
}
