/** What one check found: fine, worth knowing (a warning), or a problem to fix before going live. */
export interface ProbeResult {
  readonly verdict: 'ok' | 'warning' | 'problem';
  readonly detail: string;
}

export const ok = (detail: string): ProbeResult => ({ verdict: 'ok', detail });
export const problem = (detail: string): ProbeResult => ({ verdict: 'problem', detail });
