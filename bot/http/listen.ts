import type { Server } from 'restify';
import type { Config } from '../config/config-shape';
import type { Logger } from '../wiring/logger';

/** Starts listening where the settings say, and says where; local mode says loudly that nothing is authenticated. */
export async function listen(server: Server, config: Config, logger: Logger): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const address = server.address();
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${address.port}`;
  if (config.mode === 'local') {
    logger.warn(
      { event: 'app.local_mode', url },
      'LOCAL MODE: no MicrosoftAppId, Bot Framework authentication is OFF; listening on loopback only',
    );
  }
  logger.info({ event: 'app.started', url, mode: config.mode }, 'Svarsvakten is running');
  return url;
}
