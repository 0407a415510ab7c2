/** Meta's usage headers, read by the Graph readers and by the publisher when Meta says to wait. */

const objectOf = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

/** The share of its rate budget an account has used (0–100 %), and minutes until Meta lets it call again. */
export interface GraphUsage {
  readonly percent: number;
  readonly regainMinutes: number;
}

/**
 * The highest use Meta reports in `X-Business-Use-Case-Usage` (per business object: call count, CPU time, total
 * time in per cent, and `estimated_time_to_regain_access` in minutes) and `X-App-Usage` (the app's own).
 */
export function usageOf(headers: Headers): GraphUsage {
  const parse = (name: string): unknown => {
    try {
      return JSON.parse(headers.get(name) ?? 'null') as unknown;
    } catch {
      return null;
    }
  };
  const figures: Record<string, unknown>[] = [];
  const business = objectOf(parse('x-business-use-case-usage'));
  for (const list of Object.values(business)) if (Array.isArray(list)) figures.push(...list.map(objectOf));
  figures.push(objectOf(parse('x-app-usage')));
  let percent = 0;
  let regainMinutes = 0;
  for (const figure of figures) {
    for (const field of ['call_count', 'total_cputime', 'total_time']) {
      const value = figure[field];
      if (typeof value === 'number' && Number.isFinite(value)) percent = Math.max(percent, value);
    }
    const regain = figure.estimated_time_to_regain_access;
    if (typeof regain === 'number' && Number.isFinite(regain))
      regainMinutes = Math.max(regainMinutes, regain);
  }
  return { percent, regainMinutes };
}
