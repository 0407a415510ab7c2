import { systemClock } from '../../services/adapters/system-clock';
import { loadConfig } from '../config/load-config';
import { startConfiguredAzurite, type RunningAzurite } from '../local/azurite';
import { createLogger } from '../wiring/logger';
import { checkBotIdentity } from '../teams/bot-identity';
import { createAdapter } from '../teams/create-adapter';
import { BotFrameworkTeamsPoster } from '../teams/teams-poster';
import { preflight, preflightTable } from './preflight';

/**
 * `npm run preflight` (in the image: `node dist/bot/preflight/run-preflight.js`): checks a deployment with its own
 * settings before it goes live and prints a table in Swedish; the exit code is 1 when anything must be fixed.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger('silent');
  let azurite: RunningAzurite | undefined;
  try {
    let connectionString = config.storage.connectionString;
    if (!connectionString) {
      azurite = await startConfiguredAzurite(config.storage);
      connectionString = azurite.connectionString;
    }
    const poster = new BotFrameworkTeamsPoster(createAdapter(config, logger), config.bot.appId);
    const rows = await preflight(config, connectionString, {
      clock: systemClock,
      logger,
      poster,
      identity: () => checkBotIdentity(config),
    });
    console.log(preflightTable(rows));
    process.exitCode = rows.some((row) => row.verdict === 'problem') ? 1 : 0;
  } finally {
    await azurite?.stop().catch(() => undefined);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
