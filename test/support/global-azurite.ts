import { startAzurite, type RunningAzurite } from '../../bot/local/azurite';
import { freePort } from './free-port';

/**
 * One real Azurite (Table and Blob services) for the whole test run, on a free port, in memory. Each test app gets its own
 * table prefix, so tests never see each other's rows.
 */
let running: RunningAzurite | undefined;

export function azurite(): RunningAzurite {
  if (!running) throw new Error('Azurite is not running (is test/support/global-azurite.ts in .mocharc?)');
  return running;
}

export const mochaHooks = {
  async beforeAll(this: Mocha.Context) {
    this.timeout(60000);
    // A cold machine loads Azurite from disk for the first time: its start may take longer than usual.
    running = await startAzurite({
      port: await freePort(),
      blobPort: await freePort(),
      startTimeoutMs: 45000,
    });
  },
  async afterAll() {
    await running?.stop();
  },
};
