import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../bot/wiring/logger';

/** A real logger whose lines are kept, so tests can check what reached the logs. */
export function capturedLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  return { logger: createLogger('debug', stream), lines };
}
