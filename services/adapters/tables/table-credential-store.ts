import type { TableClient } from '@azure/data-tables';
import { AppError } from '../../domain/app-error';
import type { RefusalReason, StoredCredential } from '../../domain/credential';
import { isPlatform, type Platform } from '../../domain/platform';
import type { CredentialStore, CredentialSummary, VersionedCredential } from '../../ports/index';
import type { TokenCipher } from '../credentials/token-cipher';
import { asStorageError, statusOf } from './table-errors';

const PARTITION = 'credential';

/** The row: tokens sealed (never in the clear), dates and the refusal as plain columns an operator can read. */
interface CredentialEntity {
  partitionKey: string;
  rowKey: string;
  platform: string;
  accountId: string;
  accessToken?: string;
  accessExpiresAt?: string;
  refreshToken?: string;
  refreshExpiresAt?: string;
  seededFrom?: string;
  renewingUntil?: string;
  refusedAt?: string;
  refusedReason?: string;
  refusedFingerprint?: string;
}

const rowKeyOf = (platform: Platform, accountId: string) => encodeURIComponent(`${platform}:${accountId}`);

/**
 * Credentials in Azure Table Storage, one row per account. The tokens are sealed with AES-256-GCM under a key kept
 * outside storage (Key Vault), each bound to its row; every write after the first is conditional on the row's
 * ETag, so two instances never both store a renewal of the same refresh token.
 */
export class TableCredentialStore implements CredentialStore {
  constructor(
    private readonly table: TableClient,
    /** Absent where no key is configured: only refusals of fixed tokens are kept then, and nothing is sealed. */
    private readonly cipher: TokenCipher | undefined,
  ) {}

  private sealer(): TokenCipher {
    if (!this.cipher) throw new AppError('credential_unreadable', 'TOKEN_KEY is not configured');
    return this.cipher;
  }

  async read(platform: Platform, accountId: string): Promise<VersionedCredential | undefined> {
    try {
      const entity = await this.table.getEntity<CredentialEntity>(PARTITION, rowKeyOf(platform, accountId));
      return { credential: this.fromEntity(entity), etag: entity.etag };
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw asStorageError(error);
    }
  }

  async create(credential: StoredCredential): Promise<boolean> {
    try {
      await this.table.createEntity(this.toEntity(credential));
      return true;
    } catch (error) {
      if (statusOf(error) === 409) return false;
      throw asStorageError(error);
    }
  }

  async replace(credential: StoredCredential, etag: string): Promise<boolean> {
    try {
      await this.table.updateEntity(this.toEntity(credential), 'Replace', { etag });
      return true;
    } catch (error) {
      if (statusOf(error) === 412 || statusOf(error) === 404) return false;
      throw asStorageError(error);
    }
  }

  async list(): Promise<CredentialSummary[]> {
    const found: CredentialSummary[] = [];
    try {
      const rows = this.table.listEntities<CredentialEntity>({
        queryOptions: { filter: `PartitionKey eq '${PARTITION}'` },
      });
      for await (const e of rows) {
        if (!isPlatform(e.platform)) continue;
        // A credential with a refresh token ends when that does; one without, when its access token does.
        const endsAt = e.refreshToken ? e.refreshExpiresAt : e.accessExpiresAt;
        const sealedUnder = this.sealedUnder([e.accessToken, e.refreshToken]);
        found.push({
          platform: e.platform,
          accountId: e.accountId,
          ...(endsAt ? { endsAt } : {}),
          refused: !!e.refusedFingerprint,
          ...(sealedUnder ? { sealedUnder } : {}),
        });
      }
    } catch (error) {
      throw asStorageError(error);
    }
    return found;
  }

  /** The oldest key any of the row's tokens is sealed under; undefined when it holds none. */
  private sealedUnder(sealed: readonly (string | undefined)[]): CredentialSummary['sealedUnder'] {
    const present = sealed.filter((value): value is string => !!value);
    if (present.length === 0) return undefined;
    const cipher = this.cipher;
    if (!cipher) return 'unknown';
    const keys = present.map((value) => cipher.keyOf(value));
    return keys.includes('unknown') ? 'unknown' : keys.includes('previous') ? 'previous' : 'current';
  }

  private toEntity(c: StoredCredential): CredentialEntity {
    const rowKey = rowKeyOf(c.platform, c.accountId);
    return {
      partitionKey: PARTITION,
      rowKey,
      platform: c.platform,
      accountId: c.accountId,
      ...(c.accessToken ? { accessToken: this.sealer().seal(c.accessToken, `access|${rowKey}`) } : {}),
      ...(c.accessExpiresAt ? { accessExpiresAt: c.accessExpiresAt } : {}),
      ...(c.refreshToken ? { refreshToken: this.sealer().seal(c.refreshToken, `refresh|${rowKey}`) } : {}),
      ...(c.refreshExpiresAt ? { refreshExpiresAt: c.refreshExpiresAt } : {}),
      ...(c.seededFrom ? { seededFrom: c.seededFrom } : {}),
      ...(c.renewingUntil ? { renewingUntil: c.renewingUntil } : {}),
      ...(c.refused
        ? {
            refusedAt: c.refused.at,
            refusedReason: c.refused.reason,
            refusedFingerprint: c.refused.fingerprint,
          }
        : {}),
    };
  }

  private fromEntity(e: CredentialEntity): StoredCredential {
    if (!isPlatform(e.platform)) throw new Error(`unknown platform in credential row ${e.rowKey}`);
    return {
      platform: e.platform,
      accountId: e.accountId,
      ...(e.accessToken ? { accessToken: this.sealer().open(e.accessToken, `access|${e.rowKey}`) } : {}),
      ...(e.accessExpiresAt ? { accessExpiresAt: e.accessExpiresAt } : {}),
      ...(e.refreshToken ? { refreshToken: this.sealer().open(e.refreshToken, `refresh|${e.rowKey}`) } : {}),
      ...(e.refreshExpiresAt ? { refreshExpiresAt: e.refreshExpiresAt } : {}),
      ...(e.seededFrom ? { seededFrom: e.seededFrom } : {}),
      ...(e.renewingUntil ? { renewingUntil: e.renewingUntil } : {}),
      ...(e.refusedAt && e.refusedFingerprint
        ? {
            refused: {
              at: e.refusedAt,
              reason: (e.refusedReason ?? 'token_refused') as RefusalReason,
              fingerprint: e.refusedFingerprint,
            },
          }
        : {}),
    };
  }
}
