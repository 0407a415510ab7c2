import type { Request, Response } from 'restify';
import type { TabViewer } from './tab-auth';

/** What every tab API route is given: who is asking (and whether trained), and how to answer or fail. */
export interface TabGuard {
  readonly viewerOf: (req: Request) => Promise<{ viewer: TabViewer; staff: boolean; contactCentre: boolean }>;
  readonly send: (res: Response, status: number, body: unknown) => void;
  readonly failed: (res: Response, error: unknown) => void;
}
