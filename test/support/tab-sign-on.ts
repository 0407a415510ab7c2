import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { azurite } from './global-azurite';
import { ALEX } from './teams-activities';
import { startTestApp, type TestApp } from './test-app';

export const TAB_TENANT = 'f3d5c7a9-1b2d-4e6f-8a0b-c1d2e3f4a5b6';
export const TAB_APP_ID = 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e';

export interface TokenOptions {
  readonly signWith?: CryptoKey;
  readonly audience?: string;
  readonly issuer?: string;
  readonly expiresIn?: string;
}

/** A bot in production mode whose tab takes Teams single sign-on tokens signed by a key the test holds. */
export interface SignedOnTab {
  readonly t: TestApp;
  /** A token as Teams would give the tab; Alex Wilber's unless the claims say otherwise. */
  token(claims?: Record<string, unknown>, options?: TokenOptions): Promise<string>;
}

export async function startSignedOnTab(env: Readonly<Record<string, string>> = {}): Promise<SignedOnTab> {
  const pair = await generateKeyPair('RS256');
  const jwk: JWK = { ...(await exportJWK(pair.publicKey)), kid: 'city-key', alg: 'RS256', use: 'sig' };
  const t = await startTestApp({
    tabKeys: createLocalJWKSet({ keys: [jwk] }),
    env: {
      MicrosoftAppId: TAB_APP_ID,
      MicrosoftAppPassword: 'test-app-password',
      MicrosoftAppTenantId: TAB_TENANT,
      HOST: '127.0.0.1',
      TABLES_CONNECTION_STRING: azurite().connectionString,
      PUBLIC_URL: 'https://svarsvakten.malmo.se',
      ...env,
    },
  });
  return {
    t,
    token: (claims = {}, options = {}) =>
      new SignJWT({
        oid: ALEX.aadObjectId,
        tid: TAB_TENANT,
        name: ALEX.name,
        scp: 'access_as_user',
        ...claims,
      })
        .setProtectedHeader({ alg: 'RS256', kid: options.signWith ? 'other' : 'city-key' })
        .setIssuer(options.issuer ?? `https://login.microsoftonline.com/${TAB_TENANT}/v2.0`)
        .setAudience(options.audience ?? `api://svarsvakten.malmo.se/botid-${TAB_APP_ID}`)
        .setIssuedAt()
        .setExpirationTime(options.expiresIn ?? '1h')
        .sign(options.signWith ?? pair.privateKey),
  };
}
