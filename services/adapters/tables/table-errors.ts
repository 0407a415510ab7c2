import { RestError } from '@azure/data-tables';
import { AppError } from '../../domain/app-error';

export function statusOf(error: unknown): number | undefined {
  return error instanceof RestError ? error.statusCode : undefined;
}

/** Storage that cannot be reached becomes 'storage_unavailable'; anything the store answered is rethrown as is. */
export function asStorageError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const status = statusOf(error);
  if (status === undefined || status >= 500) {
    return new AppError('storage_unavailable', 'Table storage is unavailable', {
      cause: error instanceof Error ? error.message.slice(0, 200) : 'unknown',
    });
  }
  return error;
}
