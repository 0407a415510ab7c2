import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { PNG } from 'pngjs';
import { HELP } from '../../cards/locale/command-texts';
import { loadPackageSettings } from '../../manifest/package-settings';
import { packageFiles, writePackage, zipPackage } from '../../manifest/package-app';
import { validatePackage } from '../../manifest/validate-package';
import { ALEX, personalMessage } from '../support/teams-activities';
import { startTestApp, type TestApp } from '../support/test-app';

const PRODUCTION = {
  TEAMS_APP_ID: '3f2a9c41-7b5e-4d08-a6c1-9e8f7d6c5b4a',
  MicrosoftAppId: 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e',
  PUBLIC_URL: 'https://svarsvakten.malmo.se',
  APP_VERSION: '1.2.0',
};

interface ManifestShape {
  id: string;
  version: string;
  validDomains: string[];
  webApplicationInfo: { id: string; resource: string };
  bots: { botId: string; commandLists: { scopes: string[]; commands: { title: string }[] }[] }[];
  staticTabs: { contentUrl: string }[];
  configurableTabs: { configurationUrl: string }[];
}

function unzip(file: string): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(readFileSync(file))));
}

describe('the Teams app package', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'svarsvakten-package-'));
  const zipFile = path.join(dir, 'appPackage.zip');
  let files: Map<string, Uint8Array>;
  let manifest: ManifestShape;

  before(() => {
    writePackage(zipFile, packageFiles(loadPackageSettings(PRODUCTION)));
    files = unzip(zipFile);
    manifest = JSON.parse(Buffer.from(files.get('manifest.json') ?? []).toString('utf8')) as ManifestShape;
  });

  it('validates offline against the bundled v1.30 schema, with every file at the root', async () => {
    assert.deepEqual([...files.keys()].sort(), ['color.png', 'en.json', 'manifest.json', 'outline.png']);
    assert.deepEqual(await validatePackage(files), []);
  });

  it('takes its ids and domain from the configuration', () => {
    assert.equal(manifest.id, PRODUCTION.TEAMS_APP_ID);
    assert.equal(manifest.version, '1.2.0');
    assert.equal(manifest.bots[0]?.botId, PRODUCTION.MicrosoftAppId);
    assert.deepEqual(manifest.validDomains, ['svarsvakten.malmo.se']);
    assert.deepEqual(manifest.webApplicationInfo, {
      id: PRODUCTION.MicrosoftAppId,
      resource: `api://svarsvakten.malmo.se/botid-${PRODUCTION.MicrosoftAppId}`,
    });
    assert.equal(manifest.staticTabs[0]?.contentUrl, 'https://svarsvakten.malmo.se/tab/');
    assert.equal(
      manifest.configurableTabs[0]?.configurationUrl,
      'https://svarsvakten.malmo.se/tab/configure',
    );
  });

  it("names the tab's own app registration when the bot signs in as a managed identity", () => {
    const tabAppId = 'c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f';
    const settings = loadPackageSettings({ ...PRODUCTION, TAB_APP_ID: tabAppId });
    const own = JSON.parse(
      Buffer.from(packageFiles(settings).get('manifest.json') ?? []).toString('utf8'),
    ) as ManifestShape;
    assert.equal(own.bots[0]?.botId, PRODUCTION.MicrosoftAppId);
    assert.deepEqual(own.webApplicationInfo, {
      id: tabAppId,
      resource: `api://svarsvakten.malmo.se/${tabAppId}`,
    });
    assert.throws(
      () => loadPackageSettings({ ...PRODUCTION, TAB_APP_ID: 'tab' }),
      /TAB_APP_ID: must be a GUID/,
    );
  });

  it('asks each team for reading its channel messages only when the bot reads them (GRAPH_ACCESS)', async () => {
    assert.equal((manifest as unknown as Record<string, unknown>).authorization, undefined);
    const reading = packageFiles(loadPackageSettings({ ...PRODUCTION, GRAPH_ACCESS: 'federated' }));
    const asked = JSON.parse(Buffer.from(reading.get('manifest.json') ?? []).toString('utf8')) as {
      authorization?: { permissions?: { resourceSpecific?: { name: string; type: string }[] } };
    };
    assert.deepEqual(asked.authorization?.permissions?.resourceSpecific, [
      { name: 'ChannelMessage.Read.Group', type: 'Application' },
    ]);
    assert.deepEqual(await validatePackage(reading), []);
  });

  it('has a 192×192 colour icon and a 32×32 white-on-transparent outline', () => {
    const color = PNG.sync.read(Buffer.from(files.get('color.png') ?? []));
    const outline = PNG.sync.read(Buffer.from(files.get('outline.png') ?? []));
    assert.deepEqual([color.width, color.height], [192, 192]);
    assert.deepEqual([outline.width, outline.height], [32, 32]);
    const alphas = [...outline.data].filter((_, i) => i % 4 === 3);
    assert.ok(alphas.includes(0) && alphas.includes(255), 'the outline has both lines and transparency');
  });

  it('is the same bytes every time it is built from the same settings', () => {
    const settings = loadPackageSettings(PRODUCTION);
    assert.deepEqual(zipPackage(packageFiles(settings)), zipPackage(packageFiles(settings)));
  });

  it('is refused by the validator when an icon has the wrong size or the manifest breaks the schema', async () => {
    const broken = new Map(files);
    broken.set('outline.png', broken.get('color.png') ?? new Uint8Array());
    const wrongId = JSON.parse(
      Buffer.from(files.get('manifest.json') ?? []).toString('utf8'),
    ) as ManifestShape;
    wrongId.id = 'not-a-guid';
    broken.set('manifest.json', Buffer.from(JSON.stringify(wrongId)));
    const problems = await validatePackage(broken);
    assert.ok(
      problems.some((p) => p.includes('outline.png is 192×192')),
      problems.join('\n'),
    );
    assert.ok(
      problems.some((p) => p.startsWith('manifest.json/id')),
      problems.join('\n'),
    );
  });

  it('refuses settings Teams would not accept, naming each', () => {
    assert.throws(
      () => loadPackageSettings({ TEAMS_APP_ID: 'abc', PUBLIC_URL: 'http://svarsvakten.malmo.se' }),
      (error: Error) => error.message.includes('TEAMS_APP_ID') && error.message.includes('PUBLIC_URL'),
    );
  });

  describe('every command it lists', () => {
    let app: TestApp;
    before(async () => {
      app = await startTestApp();
      await app.install();
    });
    after(() => app.stop(true));

    async function sayPersonally(text: string): Promise<string> {
      const before = app.connector.calls.length;
      const response = await app.postActivity(personalMessage(app.connector.url, ALEX, text));
      assert.ok(response.status < 300, `message answered ${response.status}`);
      const answer = app.connector.calls
        .slice(before)
        .find((c) => c.method === 'POST' && typeof c.body.text === 'string');
      return String(answer?.body.text ?? '');
    }

    it('is answered by the bot in its scope, not with the general help', async () => {
      const lists = manifest.bots[0]?.commandLists ?? [];
      assert.deepEqual(lists.map((l) => l.scopes).flat(), ['team', 'personal']);
      for (const list of lists) {
        for (const { title } of list.commands) {
          const answer = list.scopes.includes('team')
            ? await app.say(ALEX, title)
            : await sayPersonally(title);
          assert.ok(answer.length > 0, `"${title}" (${list.scopes[0]}) got no answer`);
          if (title === 'hjälp') assert.equal(answer, HELP);
          else assert.notEqual(answer, HELP, `"${title}" (${list.scopes[0]}) is not a command the bot knows`);
        }
      }
    });
  });
});
