import { refreshSettingFor, tokenSettingFor } from '../../services/domain/account-settings';
import type { Account } from '../../services/domain/account';
import { readFileSync } from 'node:fs';
import { isPlatform, PLATFORMS } from '../../services/domain/platform';
import { isValidSignatureFormat } from '../../services/domain/signature';
import { DEFAULT_TEMPLATES, type ReplyTemplates } from '../../services/domain/templates';
import { LOCAL_DEFAULTS } from './local-defaults';
import type { Env, Problems } from './problems';
import { PLATFORM_SETTINGS } from './settings/platform-settings';

interface AccountFileEntry {
  platform?: unknown;
  id?: unknown;
  name?: unknown;
  signature?: unknown;
  holdingReply?: unknown;
  referralReply?: unknown;
  referralLink?: unknown;
}

function optionalText(
  entry: AccountFileEntry,
  field: keyof AccountFileEntry,
  fallback: string,
  where: string,
  problems: Problems,
): string {
  const value = entry[field];
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || value.trim() === '') {
    problems.add(where, `${field} must be a non-empty text`);
    return fallback;
  }
  return value.trim();
}

/** The accounts file (ACCOUNTS_FILE), or the demo account in local mode; each entry checked, every problem named. */
export function readAccounts(env: Env, local: boolean, problems: Problems): Account[] {
  const file = env.ACCOUNTS_FILE?.trim();
  let entries: AccountFileEntry[];
  if (file) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
      if (!Array.isArray(parsed)) throw new Error('the file must hold a JSON array');
      entries = parsed as AccountFileEntry[];
    } catch (error) {
      problems.add('ACCOUNTS_FILE', `cannot be read: ${(error as Error).message}`);
      return [];
    }
  } else if (local) {
    entries = [LOCAL_DEFAULTS.account];
  } else {
    problems.add('ACCOUNTS_FILE', PLATFORM_SETTINGS.ACCOUNTS_FILE.required);
    return [];
  }
  const accounts: Account[] = [];
  entries.forEach((entry, index) => {
    const where = `ACCOUNTS_FILE[${index}]`;
    if (!isPlatform(entry.platform))
      return problems.add(where, `platform must be one of ${PLATFORMS.join(', ')}`);
    if (typeof entry.id !== 'string' || !/^[\w.-]+$/.test(entry.id))
      return problems.add(where, 'id is missing');
    if (typeof entry.name !== 'string' || entry.name.trim() === '')
      return problems.add(where, 'name is missing');
    const tokenName = tokenSettingFor(entry.platform, entry.id);
    // The built-in demo account publishes to the local Graph stand-in; accounts from a file need their own tokens.
    const token = env[tokenName]?.trim() || (local && !file ? LOCAL_DEFAULTS.pageToken : undefined);
    const refreshName = refreshSettingFor(entry.platform, entry.id);
    const refreshToken = refreshName ? env[refreshName]?.trim() : undefined;
    const templates: ReplyTemplates = {
      signature: optionalText(entry, 'signature', DEFAULT_TEMPLATES.signature, where, problems),
      holdingReply: optionalText(entry, 'holdingReply', DEFAULT_TEMPLATES.holdingReply, where, problems),
      referralReply: optionalText(entry, 'referralReply', DEFAULT_TEMPLATES.referralReply, where, problems),
      referralLink: optionalText(entry, 'referralLink', DEFAULT_TEMPLATES.referralLink, where, problems),
    };
    if (!isValidSignatureFormat(templates.signature)) {
      problems.add(
        where,
        'signature must contain {förnamn} or {namn}: every reply is signed by its writer (P9)',
      );
    }
    accounts.push({
      platform: entry.platform,
      id: entry.id,
      name: entry.name.trim(),
      ...(token ? { accessToken: token } : {}),
      ...(refreshToken ? { refreshToken } : {}),
      templates,
    });
  });
  return accounts;
}
