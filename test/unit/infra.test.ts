import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../bot/config';
import { SETTINGS } from '../../bot/config/settings/catalogue';
import type { Setting } from '../../bot/config/settings/setting';

/**
 * No Bicep compiler or Docker engine runs on these machines, so what can be checked without them is checked here:
 * the template sets a configuration the bot starts with, every setting and parameter is documented, and the image
 * copies what exists and runs what the build produces.
 */
const bicep = readFileSync('infra/main.bicep', 'utf8');
const deployment = readFileSync('docs/deployment.md', 'utf8');

/** The settings the container gets: [name, literal value or undefined when computed]. */
function containerSettings(): Map<string, string | undefined> {
  const settings = new Map<string, string | undefined>();
  for (const m of bicep.matchAll(/\{ name: '([A-Za-z_]+)', value: ('([^']*)'|[^}]+) \}/g)) {
    settings.set(m[1] ?? '', m[3]?.includes('${') ? undefined : m[3]);
  }
  for (const m of bicep.matchAll(/\{ setting: '([A-Za-z_]+)', secretName: '[a-z-]+' \}/g)) {
    settings.set(m[1] ?? '', undefined);
  }
  const example = JSON.parse(readFileSync('infra/main.parameters.json', 'utf8')) as {
    parameters: Record<string, { value?: unknown }>;
  };
  for (const entry of (example.parameters.tokenSecrets?.value ?? []) as { setting: string }[]) {
    settings.set(entry.setting, undefined);
  }
  return settings;
}

function declaredParameters(): { name: string; required: boolean }[] {
  return [...bicep.matchAll(/^param (\w+) \w+( = .*)?$/gm)].map((m) => ({
    name: m[1] ?? '',
    required: m[2] === undefined,
  }));
}

describe('the Azure template and the image', () => {
  it('sets a configuration the bot starts with in production', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'svarsvakten-infra-'));
    const accounts = path.join(dir, 'accounts.json');
    writeFileSync(accounts, '[{ "platform": "facebook", "id": "180001234567890", "name": "Malmö stad" }]');
    const computed: Record<string, string> = {
      MicrosoftAppId: 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e',
      MicrosoftAppTenantId: 'f3d5c7a9-1b2d-4e6f-8a0b-c1d2e3f4a5b6',
      PUBLIC_URL: 'https://svarsvakten-app.example.swedencentral.azurecontainerapps.io',
      ADMIN_IDS: 'aad-admin',
      PORT: '3978',
      RETENTION_DAYS: '365',
      RETENTION_KEY: 'a-key-from-key-vault-of-48-random-characters-xyz',
      // On when the deployment is given an X consumer secret; this example's accounts have no X account.
      X_WEBHOOK: 'off',
    };
    const settings = containerSettings();
    // The accounts file is the secret volume's file: where the template mounts it is where the setting points.
    const mount = /mountPath: '([^']+)'/.exec(bicep)?.[1];
    const file = /secretRef: 'accounts-json', path: '([^']+)'/.exec(bicep)?.[1];
    assert.equal(settings.get('ACCOUNTS_FILE'), `${mount}/${file}`);
    settings.delete('ACCOUNTS_FILE');
    const env: Record<string, string> = { ACCOUNTS_FILE: accounts };
    for (const [name, literal] of settings) env[name] = literal ?? computed[name] ?? 'from-key-vault';
    const config = loadConfig(env);
    assert.equal(config.mode, 'production');
    assert.equal(config.bot.appType, 'SingleTenant');
    assert.equal(
      config.accounts[0]?.accessToken,
      'from-key-vault',
      'the example token setting reaches the account',
    );
    assert.ok(config.telemetryConnectionString, 'telemetry is exported');
    assert.equal(config.tab.publicUrl, computed.PUBLIC_URL);
  });

  it('sets only settings the catalogue declares, and every one production cannot start without', () => {
    const declared = Object.keys(SETTINGS);
    const set = [...containerSettings().keys()];
    const undeclared = set.filter(
      (name) =>
        !declared.includes(name) &&
        !declared.some((key) => key.endsWith('>') && name.startsWith(key.split('<')[0]!)),
    );
    assert.deepEqual(undeclared, []);
    const required = (Object.entries(SETTINGS) as [string, Setting][]).filter(([, s]) => s.required);
    assert.ok(required.length >= 5);
    assert.deepEqual(
      required.map(([name]) => name).filter((name) => !set.includes(name)),
      [],
    );
  });

  it('documents every parameter, and the example gives every required one', () => {
    const parameters = declaredParameters();
    assert.ok(parameters.length > 10);
    assert.deepEqual(
      parameters.filter((p) => !deployment.includes(`| \`${p.name}\``)).map((p) => p.name),
      [],
    );
    const example = Object.keys(
      (JSON.parse(readFileSync('infra/main.parameters.json', 'utf8')) as { parameters: object }).parameters,
    );
    assert.deepEqual(
      parameters.filter((p) => p.required && !example.includes(p.name)).map((p) => p.name),
      [],
    );
    assert.deepEqual(
      example.filter((name) => !parameters.some((p) => p.name === name)),
      [],
    );
  });

  it('probes the health routes the bot serves', () => {
    const server = readFileSync('bot/server.ts', 'utf8');
    for (const probe of bicep.matchAll(/httpGet: \{ path: '([^']+)'/g)) {
      assert.ok(server.includes(`'${probe[1]}'`), `${probe[1]} is a route`);
    }
  });

  it('builds an image from folders that exist and runs what the build produces', () => {
    const dockerfile = readFileSync('Dockerfile', 'utf8');
    for (const copy of dockerfile.matchAll(/^COPY (?!--from)(.+) \S+$/gm)) {
      for (const source of (copy[1] ?? '').split(' ')) assert.ok(existsSync(source), `${source} exists`);
    }
    const command = /^CMD \[(.+)\]$/m.exec(dockerfile)?.[1] ?? '';
    const entry = JSON.parse(`[${command}]`).find((part: string) => part.startsWith('dist/')) as string;
    assert.equal(entry, 'dist/bot/start.js');
    assert.ok(existsSync(entry.replace(/^dist\//, '').replace(/\.js$/, '.ts')));
  });
});
