import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { AppError } from '../../services/domain/app-error';
import type { Clock } from '../../services/ports/index';
import { PEOPLE_TEXTS } from '../../cards/locale/people-texts';

/** Who is looking at the overview tab. */
export interface TabViewer {
  /** The Entra object id (what ADMIN_IDS, STAFF_IDS and `behörighet` use). */
  readonly id: string;
  readonly name: string;
}

/** The `Authorization` header of a tab request → who it is, or AppError 'sign_in_required'. */
export type TabAuthenticator = (authorization: string | undefined) => Promise<TabViewer>;

export interface EntraTokenSettings {
  readonly tenantId: string;
  /** The app registration the tab's single sign-on token is issued for (TAB_APP_ID; the bot's app by default). */
  readonly appId: string;
  /** The host the tab is served from (PUBLIC_URL), for the `api://<host>/<app id>` audience. */
  readonly publicHost: string | undefined;
  /** Where Microsoft Entra ID publishes its signing keys. */
  readonly jwksUrl: string;
}

/** The scope the tab asks Entra ID for (webApplicationInfo), which every accepted token must carry. */
export const TAB_SCOPE = 'access_as_user';

/** Local mode: nobody signs in; the server listens on loopback only (see config). */
export function localViewer(): TabAuthenticator {
  return async () => ({ id: 'local', name: PEOPLE_TEXTS.localViewer });
}

/**
 * The Teams single sign-on token (`authentication.getAuthToken()` in the tab), checked as Microsoft documents: its
 * signature against Entra ID's published keys (fetched and cached by jose, refreshed when a new key id appears),
 * RS256 only, the issuer of the city's tenant (v1 or v2 endpoint), the audience of this app, the tenant claim, and
 * its lifetime by the injected clock.
 */
export function entraAuthenticator(
  settings: EntraTokenSettings,
  clock: Clock,
  keys: JWTVerifyGetKey = createRemoteJWKSet(new URL(settings.jwksUrl)),
): TabAuthenticator {
  const issuer = [
    `https://login.microsoftonline.com/${settings.tenantId}/v2.0`,
    `https://sts.windows.net/${settings.tenantId}/`,
  ];
  // v2 tokens carry the app id; v1 tokens the Application ID URI: api://<host>/botid-<app id> when the tab signs on
  // with the bot's own app, api://<host>/<app id> when it has its own (the forms webApplicationInfo uses).
  const audience = [settings.appId, `api://${settings.appId}`, `api://botid-${settings.appId}`];
  if (settings.publicHost) {
    audience.push(
      `api://${settings.publicHost}/botid-${settings.appId}`,
      `api://${settings.publicHost}/${settings.appId}`,
    );
  }
  return async (authorization) => {
    const token = /^Bearer ([\w-]+\.[\w-]+\.[\w-]+)$/.exec(authorization ?? '')?.[1];
    if (!token) throw new AppError('sign_in_required', 'No single sign-on token');
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer,
        audience,
        algorithms: ['RS256'],
        clockTolerance: 60,
        currentDate: clock.now().toJSDate(),
        requiredClaims: ['oid', 'tid', 'exp'],
      });
      if (payload.tid !== settings.tenantId) throw new Error('another tenant');
      // Only a person's token, issued for the tab's scope: an app-only token of another service principal in the
      // tenant has no scp (and says idtyp=app), and must not pass as a viewer.
      const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ') : [];
      if (payload.idtyp === 'app' || !scopes.includes(TAB_SCOPE)) {
        throw Object.assign(new Error('not a delegated token'), { code: 'ERR_NOT_DELEGATED' });
      }
      return {
        id: String(payload.oid),
        name: typeof payload.name === 'string' ? payload.name : '',
      };
    } catch (error) {
      // jose names what failed (expired, wrong audience, bad signature…): worth a log line, never the token.
      const reason = (error as { code?: string; claim?: string }).code ?? 'ERR_TENANT';
      const claim = (error as { claim?: string }).claim;
      throw new AppError('sign_in_required', 'The single sign-on token was not accepted', {
        reason: claim ? `${reason}:${claim}` : reason,
      });
    }
  };
}
