import type { TableServiceClientOptions } from '@azure/data-tables';

type Policy = NonNullable<TableServiceClientOptions['additionalPolicies']>[number]['policy'];

/**
 * How long Table Storage may take to start answering one request. Its own limits are shorter (a query page is
 * answered within five seconds, a transaction within thirty), so a request past this is one whose answer is not
 * coming: a connection left half open. Without it the SDK waits as long as the socket does, and what waits on it (a
 * webhook's acknowledgement, a download, a lane of ingestion) with it.
 */
export const TABLE_REQUEST_TIMEOUT_MS = 40_000;

/** Gives every attempt of every request a time limit, unless it has one already. */
export function requestTimeout(ms: number): Policy {
  return {
    name: 'svarsvaktenRequestTimeout',
    sendRequest: (request, next) => {
      if (!request.timeout) request.timeout = ms;
      return next(request);
    },
  };
}
