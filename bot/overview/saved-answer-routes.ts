import { ANSWER_LANGUAGES } from '../../services/domain/comment-language';
import { readerStrings } from './reader-strings';
import { randomUUID } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import { AppError } from '../../services/domain/app-error';
import { checkSavedAnswer, SAVED_ANSWER_LIMITS } from '../../services/domain/saved-answer';
import { utcIso } from '../../services/domain/utc-iso';
import type { AuditLog, Clock, SavedAnswers } from '../../services/ports/index';
import { parseJsonObject } from '../http/parse-json-object';
import { readJsonBody } from '../http/read-json-body';
import { PLATFORM_NAMES, isPlatform } from '../../services/domain/platform';
import type { TabViewer } from './tab-auth';
import type { TabGuard } from './tab-guard';

export interface SavedAnswerRouteDeps {
  readonly answers: SavedAnswers;
  /** The accounts an answer can be kept for, as `<platform>:<id>` with their names. */
  readonly accounts: readonly { readonly platform: string; readonly id: string; readonly name: string }[];
  readonly isAdmin: (viewer: TabViewer) => boolean;
  readonly clock: Clock;
  /** Every change is an audit entry: who, which answer, when. */
  readonly audit: AuditLog;
  /** Told after a change, so the cards offer the answers as they now are. */
  /** The list cards offer, read again after a change. */
  readonly offered?: { reload(): Promise<void> };
}

const MAX_BODY_BYTES = 16_384;

function text(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  return typeof value === 'string' ? value : '';
}

/**
 * Svarsmallar in the overview tab: every trained person sees them; admins add, change and remove them. What is
 * saved is checked (a title, a text with only {namn} and {länk}, a known account) and said back field by field.
 */
export function registerSavedAnswerRoutes(server: Server, deps: SavedAnswerRouteDeps, guard: TabGuard): void {
  const scopes = deps.accounts.map((a) => ({
    scope: `${a.platform}:${a.id}`,
    name: `${isPlatform(a.platform) ? PLATFORM_NAMES[a.platform] : a.platform} – ${a.name}`,
  }));
  // Swedish first, then the others by their names in the reader's language.
  const languagesIn = (reader: 'sv' | 'en') => {
    const names = new Intl.DisplayNames([reader], { type: 'language' });
    return ANSWER_LANGUAGES.map((tag) => ({ tag, name: names.of(tag) ?? tag })).sort((a, b) =>
      a.tag === 'sv' ? -1 : b.tag === 'sv' ? 1 : a.name.localeCompare(b.name, reader),
    );
  };
  const languages = { sv: languagesIn('sv'), en: languagesIn('en') };
  const admin = async (req: Request) => {
    const { viewer, staff } = await guard.viewerOf(req);
    if (!staff) throw new AppError('not_authorised', 'Only trained staff');
    if (!deps.isAdmin(viewer)) throw new AppError('admin_only', 'Only admins change saved answers');
    return viewer;
  };

  server.get('/api/overview/answers', async (req: Request, res: Response) => {
    try {
      const { viewer, staff } = await guard.viewerOf(req);
      if (!staff) throw new AppError('not_authorised', 'Only trained staff');
      guard.send(res, 200, {
        answers: await deps.answers.list(),
        canEdit: deps.isAdmin(viewer),
        scopes,
        languages: languages[readerStrings(req).locale === 'en' ? 'en' : 'sv'],
        limits: SAVED_ANSWER_LIMITS,
      });
    } catch (error) {
      guard.failed(res, error);
    }
  });

  server.post('/api/overview/answers', async (req: Request, res: Response) => {
    try {
      const viewer = await admin(req);
      const body = parseJsonObject(await readJsonBody(req, MAX_BODY_BYTES));
      const checked = checkSavedAnswer(
        {
          title: text(body, 'title'),
          text: text(body, 'text'),
          scope: text(body, 'scope') || 'all',
          language: text(body, 'language') || 'sv',
        },
        scopes.map((s) => s.scope),
      );
      const id = text(body, 'id');
      if (id && !(await deps.answers.get(id))) throw new AppError('saved_answer_not_found', 'No such answer');
      const saved = {
        id: id || randomUUID(),
        ...checked,
        updatedBy: viewer.name,
        updatedAt: utcIso(deps.clock.now()),
      };
      await deps.answers.save(saved);
      await deps.audit.record({
        at: saved.updatedAt,
        by: { id: viewer.id, name: viewer.name },
        action: 'saved_answer_saved',
        subject: { id: saved.id, name: saved.title },
      });
      await deps.offered?.reload();
      guard.send(res, 200, saved);
    } catch (error) {
      if (error instanceof AppError && error.code === 'saved_answer_invalid') {
        guard.send(res, 400, { error: error.code, ...error.details });
        return;
      }
      guard.failed(res, error);
    }
  });

  server.del('/api/overview/answers/:id', async (req: Request, res: Response) => {
    try {
      const viewer = await admin(req);
      const id = String(req.params.id);
      const answer = await deps.answers.get(id);
      if (!answer || !(await deps.answers.remove(id))) {
        throw new AppError('saved_answer_not_found', 'No such answer');
      }
      await deps.audit.record({
        at: utcIso(deps.clock.now()),
        by: { id: viewer.id, name: viewer.name },
        action: 'saved_answer_removed',
        subject: { id, name: answer.title },
      });
      await deps.offered?.reload();
      guard.send(res, 200, { removed: true });
    } catch (error) {
      guard.failed(res, error);
    }
  });
}
