import type { Request, Response, Server } from 'restify';
import { AppError } from '../../services/domain/app-error';
import { commentKeyFrom } from '../../services/app/clicks/card-action';
import { documentCase, type DocumentCaseDeps } from '../../services/app/records/document-case';
import type { Logger } from '../wiring/logger';
import type { TabViewer } from './tab-auth';

/**
 * The document for Platina, for trained staff: `GET /api/overview/platina.pdf?comment=<platform:id>` gives a closed
 * case's conversation as PDF/A-2b (services/app/records/document-case.ts), named after its Platina reference.
 */
export function registerPlatinaRoute(
  server: Server,
  deps: DocumentCaseDeps & {
    readonly logger: Logger;
    /** Messenger belongs to the contact centre (P7): its cases' documents too. */
    readonly isContactCentre: (viewer: TabViewer) => boolean;
  },
  guard: {
    readonly viewerOf: (req: Request) => Promise<{ viewer: TabViewer; staff: boolean }>;
    readonly failed: (res: Response, error: unknown) => void;
    readonly headers: Readonly<Record<string, string>>;
  },
): void {
  server.get('/api/overview/platina.pdf', async (req: Request, res: Response) => {
    try {
      const { viewer, staff } = await guard.viewerOf(req);
      if (!staff) throw new AppError('not_authorised', 'Only trained staff open a case’s document');
      const key = commentKeyFrom({ commentKey: (req.query as Record<string, unknown>).comment });
      if (key.platform === 'messenger' && !deps.isContactCentre(viewer)) {
        throw new AppError('outside_contact_centre', 'Messenger belongs to the contact centre');
      }
      const { pdf, reference } = await documentCase(deps, key, {
        id: viewer.id,
        name: viewer.name,
        firstName: viewer.name.split(' ')[0] ?? viewer.name,
      });
      deps.logger.info({ event: 'platina.documented', platform: key.platform }, 'case document made');
      const file = `${reference.replace(/[^\w.-]/g, '_')}-svarsvakten.pdf`;
      res.writeHead(200, {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="${file}"`,
        'Content-Length': String(pdf.length),
        ...guard.headers,
      });
      res.end(Buffer.from(pdf));
    } catch (error) {
      guard.failed(res, error);
    }
  });
}
