import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startGraphStandIn, type GraphAnswer, type GraphStandIn } from '../../bot/demo/graph-stand-in';

export type { GraphStandIn };

/** The Graph API stand-in (the same server `npm run demo` uses), on a free port. */
export function startFakeMetaGraph(): Promise<GraphStandIn> {
  return startGraphStandIn(0);
}

/** A Graph answer exactly as recorded in a fixture file (status, headers and body). */
export function graphAnswerFromFixture(name: string): GraphAnswer {
  const file = path.join(__dirname, '..', 'fixtures', 'platforms', name);
  const exchange = JSON.parse(readFileSync(file, 'utf8')) as GraphAnswer;
  return { status: exchange.status, headers: exchange.headers ?? {}, body: exchange.body };
}
