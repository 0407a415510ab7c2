import { AppError } from '../../services/domain/app-error';

/**
 * The query string as one text per name. A name given twice (`crc_token=a&crc_token=b`) or with a nested value is
 * refused with 400 rather than handed on as an array.
 */
export function singleValuedQuery(query: unknown): Record<string, string | undefined> {
  const result: Record<string, string | undefined> = {};
  if (typeof query !== 'object' || query === null) return result;
  for (const [name, value] of Object.entries(query as Record<string, unknown>)) {
    if (typeof value !== 'string') throw new AppError('query_invalid', `${name} must be given once`);
    result[name] = value;
  }
  return result;
}
