import { TableArchiveLedger } from '../../services/adapters/tables/table-archive-ledger';
import { createTableClients } from '../../services/adapters/tables/table-names';
import type { TakenPackage } from '../../services/ports/index';
import { eventually } from './eventually';
import { azurite } from './global-azurite';
import type { TestApp } from './test-app';

/**
 * Takes the archive package of a period from the tab, as an admin in local mode, and waits until it is recorded (the
 * bot records it once every byte has gone out): the zip's bytes and the ledger's row.
 */
export async function takeArchivePackage(
  t: TestApp,
  from: string,
  to: string,
): Promise<{ readonly zip: Uint8Array; readonly taken: TakenPackage }> {
  const response = await fetch(`${t.url}/api/overview/archive.zip?${new URLSearchParams({ from, to })}`);
  if (response.status !== 200) throw new Error(`archive package refused: ${response.status}`);
  const zip = new Uint8Array(await response.arrayBuffer());
  const ledger = new TableArchiveLedger(createTableClients(azurite().connectionString, t.tablePrefix).audit);
  const taken = await eventually(async () => {
    const found = (await ledger.listTaken()).filter((p) => p.from === from && p.to === to).at(-1);
    if (!found) throw new Error('not recorded yet');
    return found;
  });
  return { zip, taken };
}
