import { hmacKeyedIds } from '../../services/adapters/hmac-keyed-ids';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { connect } from 'node:net';
import { userInfo } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { TableCommentStore } from '../../services/adapters/tables/table-comment-store';
import { createTableClients } from '../../services/adapters/tables/table-names';
import { isAppError } from '../../services/domain/app-error';
import { errorText } from '../../cards/card-texts';
import { AccountDirectory } from '../../services/app/accounts/account-directory';
import { loadConfig } from '../config/load-config';
import { createLogger } from '../wiring/logger';
import { wireMediaVault } from '../wiring/media';
import { azuriteConnectionString, startAzurite, type RunningAzurite } from '../local/azurite';
import { systemClock } from '../../services/adapters/system-clock';
import { archiveFiles } from '../../services/app/records/archive-package';
import { recordTakenPackage } from '../../services/app/records/record-taken-package';
import { TableArchiveLedger } from '../../services/adapters/tables/table-archive-ledger';
import { TableAuditLog } from '../../services/adapters/tables/table-audit-log';
import { utcIso } from '../../services/domain/utc-iso';
import { archivePeriod } from '../../services/domain/archive-period';
import { archiveFileName, zipArchive } from '../../services/app/records/archive-zip';

/** Who ran the tool on the server, as the operating system names them, for the audit entry. */
function serverUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'npm run archive';
  }
}

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

/**
 * `npm run archive -- --from 2026-01-01 --to 2026-06-30 [--out folder-or-file.zip]`: the archive package for a period
 * that has ended, from the storage the bot uses (TABLES_CONNECTION_STRING, or the local Azurite, started here when
 * the bot is not running).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { from: { type: 'string' }, to: { type: 'string' }, out: { type: 'string' } },
  });
  const config = loadConfig();
  const period = archivePeriod(values.from, values.to, systemClock.now());
  let azurite: RunningAzurite | undefined;
  let connectionString = config.storage.connectionString;
  if (!connectionString) {
    const port = config.storage.azuritePort;
    const blobPort = config.storage.azuriteBlobPort;
    if (await listening(port)) connectionString = azuriteConnectionString(port, blobPort);
    else {
      const location = path.join(config.storage.dataDir, 'azurite');
      azurite = await startAzurite({ port, blobPort, location });
      connectionString = azurite.connectionString;
    }
  }
  try {
    const tables = createTableClients(connectionString, config.storage.tablePrefix);
    const media = await wireMediaVault(connectionString, config, createLogger(config.logLevel));
    const comments = new TableCommentStore(tables.comments, hmacKeyedIds(config.retention.key));
    const files = await archiveFiles(comments, period, new AccountDirectory(config.accounts), media);
    const out = values.out?.endsWith('.zip')
      ? values.out
      : path.join(values.out ?? '.', archiveFileName(period));
    const zip = zipArchive(files, period);
    // Written first, beside its name and renamed once whole: only a package that is on disk whole is recorded (and
    // lets the records plan purge the period), and a broken-off one never stands under the package's name.
    const partial = `${out}.part`;
    try {
      await pipeline(Readable.from(zip), createWriteStream(partial));
      // On the disk itself before it takes its name and is recorded as taken.
      const written = await open(partial, 'r+');
      await written.sync().finally(() => written.close());
      renameSync(partial, out);
    } catch (error) {
      rmSync(partial, { force: true });
      throw error;
    }
    const { sha256 } = zip.outcome;
    const taken = await recordTakenPackage(
      { audit: new TableAuditLog(tables.audit), ledger: new TableArchiveLedger(tables.audit) },
      { period, sha256, at: utcIso(systemClock.now()), by: { id: 'npm run archive', name: serverUser() } },
    );
    console.log(
      `${out}: ${zip.outcome.files} filer (${period.from} – ${period.to}), SHA-256 ${taken.sha256}`,
    );
  } finally {
    await azurite?.stop();
  }
}

main().catch((error: unknown) => {
  const known = isAppError(error) ? errorText(error.code, error.details) : undefined;
  console.error(known ?? error);
  process.exit(1);
});
