import { startGraphStandIn, type GraphStandIn } from '../../bot/demo/graph-stand-in';
import { answerFromFixture } from './recording-server';

export type { GraphStandIn };

/** The Graph API stand-in (the same server `npm run demo` uses), on a free port. */
export function startFakeMetaGraph(): Promise<GraphStandIn> {
  return startGraphStandIn(0);
}

/** A Graph answer exactly as recorded in a fixture file (status, headers and body). */
export const graphAnswerFromFixture = answerFromFixture;
