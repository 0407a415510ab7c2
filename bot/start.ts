import { isAppError } from '../services/domain/app-error';
import { loadConfig } from './config/load-config';
import { startConfiguredAzurite, type RunningAzurite } from './local/azurite';
import { startPlayground, type RunningPlayground } from './local/playground';
import type { RunningApp } from './wiring/running-app';
import { createLogger } from './wiring/logger';
import { errorSummary } from '../services/domain/log-values';
import { startTelemetry } from './wiring/telemetry';

/**
 * `npm start`: the bot, with what it needs around it on a machine with no Azure account and no Teams tenant —
 * Azurite's Table service when no TABLES_CONNECTION_STRING is given, and in local mode the Agents Playground.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  // A promise that failed with nobody awaiting it is said in the log by event, and the bot goes on.
  process.on('unhandledRejection', (reason) =>
    logger.error(
      { event: 'process.unhandled_rejection', error: errorSummary(reason) },
      'a failure nobody awaited',
    ),
  );
  const stopTelemetry = await startTelemetry(config.telemetryConnectionString);
  // Loaded after telemetry starts, so its HTTP instrumentation sees every request.
  const { startApp } = await import('./main');
  let azurite: RunningAzurite | undefined;
  let playground: RunningPlayground | undefined;
  let app: RunningApp | undefined;
  const shutdown = async (code: number) => {
    await app?.stop().catch(() => undefined);
    await playground?.stop().catch(() => undefined);
    await azurite?.stop().catch(() => undefined);
    await stopTelemetry().catch(() => undefined);
    process.exit(code);
  };
  process.once('SIGINT', () => void shutdown(0));
  process.once('SIGTERM', () => void shutdown(0));
  try {
    let connectionString = config.storage.connectionString;
    if (!connectionString) {
      azurite = await startConfiguredAzurite(config.storage);
      connectionString = azurite.connectionString;
      console.log(
        `Azurite (Table and Blob services) on 127.0.0.1:${azurite.port} and :${config.storage.azuriteBlobPort}, data in ${config.storage.dataDir}/azurite`,
      );
    }
    app = await startApp(config, connectionString, { logger });
    if (config.playground.enabled) {
      playground = await startPlayground({
        port: config.playground.port,
        botEndpoint: `${app.url}/api/messages`,
      });
      console.log(`\nMicrosoft 365 Agents Playground: ${playground.url}\n`);
    }
  } catch (error) {
    console.error(isAppError(error) ? error.message : error);
    await shutdown(1);
  }
}

void main();
