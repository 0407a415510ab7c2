import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../bot/config/load-config';
import { SETTINGS } from '../../bot/config/settings/catalogue';
import type { Setting } from '../../bot/config/settings/setting';
import {
  bicep,
  containerSettings,
  declaredParameters,
  monitoring,
  resourceBody,
  resourcesOfType,
  unbalanced,
  variable,
  variableBody,
} from '../support/bicep-template';

/**
 * No Bicep compiler or Docker engine runs on these machines, so what can be checked without them is checked here:
 * the template sets a configuration the bot starts with, on its managed identity and without a client secret, every
 * setting and parameter is documented, and the image copies what exists and runs what the build produces.
 */
const deployment = readFileSync('docs/deployment.md', 'utf8');

describe('the Azure template and the image', () => {
  it('closes every brace, bracket and parenthesis it opens', () => {
    for (const [name, template] of [
      ['main.bicep', bicep],
      ['monitoring.bicep', monitoring],
    ] as const)
      assert.deepEqual(unbalanced(template), [], name);
  });

  it('sets a configuration the bot starts with in production', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'svarsvakten-infra-'));
    const accounts = path.join(dir, 'accounts.json');
    writeFileSync(accounts, '[{ "platform": "facebook", "id": "180001234567890", "name": "Malmö stad" }]');
    const computed: Record<string, string> = {
      MicrosoftAppId: 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e',
      TAB_APP_ID: 'c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f',
      TEAMS_APP_ID: '3f2a9c41-7b5e-4d08-a6c1-9e8f7d6c5b4a',
      MicrosoftAppTenantId: 'f3d5c7a9-1b2d-4e6f-8a0b-c1d2e3f4a5b6',
      PUBLIC_URL: 'https://svarsvakten-app.example.swedencentral.azurecontainerapps.io',
      ADMIN_IDS: 'aad-admin',
      PORT: '3978',
      RETENTION_DAYS: '365',
      RETENTION_KEY: 'a-key-from-key-vault-of-48-random-characters-xyz',
      // On when the deployment is given an X consumer secret; this example's accounts have no X account.
      X_WEBHOOK: 'off',
      // Key Vault's values where the bot checks their form: 32 bytes in base64.
      TOKEN_KEY: Buffer.alloc(32, 1).toString('base64'),
      TOKEN_KEY_PREVIOUS: Buffer.alloc(32, 2).toString('base64'),
      GOOGLE_CLIENT_ID: '012345678901-abcdefghijklmnopqrstuvwxyz012345.apps.googleusercontent.com',
      X_CLIENT_ID: 'bWFsbW8tc3ZhcnN2YWt0ZW4tY2xpZW50',
      LINKEDIN_CLIENT_ID: '86k2m4p6q8r0st',
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
    assert.equal(config.bot.appType, 'UserAssignedMSI');
    assert.equal(config.bot.appPassword, '', 'no client secret');
    assert.equal(
      config.accounts[0]?.accessToken,
      'from-key-vault',
      'the example token setting reaches the account',
    );
    assert.ok(config.telemetryConnectionString, 'telemetry is exported');
    assert.equal(config.tab.publicUrl, computed.PUBLIC_URL);
    // With every optional parameter given, renewal runs for each platform on a key from Key Vault.
    assert.equal(config.credentials.key, computed.TOKEN_KEY);
    assert.equal(config.credentials.previousKey, computed.TOKEN_KEY_PREVIOUS);
    assert.deepEqual(
      Object.entries(config.credentials.clients).map(([platform, client]) => [
        platform,
        client.clientId,
        client.clientSecret,
      ]),
      [
        ['youtube', computed.GOOGLE_CLIENT_ID, 'from-key-vault'],
        ['x', computed.X_CLIENT_ID, 'from-key-vault'],
        ['linkedin', computed.LINKEDIN_CLIENT_ID, 'from-key-vault'],
      ],
    );
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
    const server = readFileSync('bot/http/server.ts', 'utf8');
    for (const probe of bicep.matchAll(/httpGet: \{ path: '([^']+)'/g)) {
      assert.ok(server.includes(`'${probe[1]}'`), `${probe[1]} is a route`);
    }
  });

  it('runs the bot on its managed identity, with no client secret anywhere', () => {
    const registration = resourceBody(bicep, 'bot');
    assert.match(registration, /msaAppType: 'UserAssignedMSI'/);
    assert.match(registration, /msaAppId: identity\.properties\.clientId/);
    assert.match(registration, /msaAppMSIResourceId: identity\.id/);
    assert.match(registration, /msaAppTenantId: tenantId/);
    assert.equal(resourcesOfType(bicep, 'Microsoft.ManagedIdentity/userAssignedIdentities')[0], 'identity');
    const container = resourceBody(bicep, 'app');
    assert.match(container, /userAssignedIdentities: \{ '\$\{identity\.id\}': \{\} \}/);
    assert.match(container, /\{ name: 'MicrosoftAppId', value: identity\.properties\.clientId \}/);
    assert.equal(containerSettings().get('MicrosoftAppType'), 'UserAssignedMSI');
    for (const template of [bicep, monitoring]) {
      assert.doesNotMatch(template, /MicrosoftAppPassword|botAppPassword|bot-app-password/);
    }
    // The tab's single sign-on is an app registration of its own: a managed identity cannot be one.
    assert.match(container, /\{ name: 'TAB_APP_ID', value: tabAppId \}/);
    assert.ok(declaredParameters().some((p) => p.name === 'tabAppId' && p.required));
  });

  it('reaches storage as the managed identity, with no account key in any setting or secret', () => {
    const account = resourceBody(bicep, 'storage');
    assert.match(account, /allowSharedKeyAccess: false/);
    assert.doesNotMatch(bicep, /storage\.listKeys\(|AccountKey=/, 'no account key is read anywhere');
    const roles = resourcesOfType(bicep, 'Microsoft.Authorization/roleAssignments').map((r) =>
      resourceBody(bicep, r),
    );
    for (const role of ['0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3', 'ba92f5b4-2d11-453d-a403-e96b0029c9fe']) {
      const given = roles.find((body) => body.includes(`roleDefinitions', '${role}'`));
      assert.ok(given, `the identity holds role ${role}`);
      assert.match(given, /scope: storage/);
      assert.match(given, /principalId: identity\.properties\.principalId/);
    }
    const container = resourceBody(bicep, 'app');
    assert.match(
      container,
      /\{ name: 'TABLES_CONNECTION_STRING', value: 'https:\/\/\$\{storage\.name\}\.table\.\$\{environment\(\)\.suffixes\.storage\}' \}/,
    );
    assert.match(container, /\{ name: 'AZURE_CLIENT_ID', value: identity\.properties\.clientId \}/);
  });

  it('gives the token key and the OAuth client secrets to the container only as Key Vault references', () => {
    const stored = variableBody(bicep, 'givenSecrets');
    const referred = variableBody(bicep, 'vaultSettings');
    // Each is the Key Vault secret of a secure parameter, and the setting only refers to that secret.
    const secrets = [
      ['tokenKey', 'TOKEN_KEY'],
      ['tokenKeyPrevious', 'TOKEN_KEY_PREVIOUS'],
      ['googleClientSecret', 'GOOGLE_CLIENT_SECRET'],
      ['xClientSecret', 'X_CLIENT_SECRET'],
      ['linkedinClientSecret', 'LINKEDIN_CLIENT_SECRET'],
    ];
    for (const [param, setting] of secrets) {
      assert.match(
        bicep,
        new RegExp(`^@secure\\(\\)\\nparam ${param} string = ''$`, 'm'),
        `${param} is secure`,
      );
      const secretName = new RegExp(
        `^ {2}empty\\(${param}\\) \\? \\[\\] : \\[\\{ name: '([a-z-]+)', value: ${param} \\}\\],?$`,
        'm',
      ).exec(stored)?.[1];
      assert.ok(secretName, `${param} is put in Key Vault when given`);
      assert.match(
        referred,
        new RegExp(
          `^ {2}empty\\(${param}\\) \\? \\[\\] : \\[\\{ setting: '${setting}', secretName: '${secretName}' \\}\\],$`,
          'm',
        ),
        `${setting} refers to ${secretName}`,
      );
      // Nowhere else does the value go: not into a plain setting, a container secret or an output.
      const elsewhere = bicep
        .replace(stored, '')
        .replace(referred, '')
        .split('\n')
        .filter((line) => !line.startsWith('@description(') && new RegExp(`\\b${param}\\b`).test(line));
      assert.deepEqual(elsewhere, [`param ${param} string = ''`]);
      assert.doesNotMatch(bicep, new RegExp(`name: '${setting}', value:`));
    }
    // What vaultSettings names reaches the container as a Key Vault URL read with the app's identity.
    const refs = variableBody(bicep, 'vaultSecretRefs');
    assert.match(refs, /^var vaultSecretRefs = \[for item in vaultSettings: \{$/m);
    assert.match(refs, /keyVaultUrl: 'https:\/\/\$\{vault\.name\}[^']*\/secrets\/\$\{item\.secretName\}'/);
    assert.match(refs, /identity: identity\.id/);
    assert.doesNotMatch(refs, /value:/);
    assert.equal(
      variable(bicep, 'vaultEnv'),
      '[for item in vaultSettings: { name: item.setting, secretRef: item.secretName }]',
    );
    const container = resourceBody(bicep, 'app');
    assert.match(
      container,
      /secrets: concat\(vaultSecretRefs, \[\{ name: 'accounts-json', value: accountsJson \}\]\)/,
    );
    assert.match(container, /^ {12}vaultEnv,$/m);
  });

  it('passes each OAuth client id to the container when it is given', () => {
    const vars = [...bicep.matchAll(/^var (\w+) = /gm)].map((m) => m[1] ?? '');
    const container = resourceBody(bicep, 'app');
    for (const [param, setting] of [
      ['googleClientId', 'GOOGLE_CLIENT_ID'],
      ['xClientId', 'X_CLIENT_ID'],
      ['linkedinClientId', 'LINKEDIN_CLIENT_ID'],
    ]) {
      assert.ok(
        declaredParameters().some((p) => p.name === param && !p.required),
        `${param} is optional`,
      );
      const entry = `empty(${param}) ? [] : [{ name: '${setting}', value: ${param} }]`;
      const holder = vars.find((name) => variableBody(bicep, name).includes(entry));
      assert.ok(holder, `${setting} is set from ${param} when it is given`);
      assert.match(
        container,
        new RegExp(`^ {12}${holder},$`, 'm'),
        `the container's settings include ${holder}`,
      );
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
