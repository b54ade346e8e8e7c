/**
 * The hidden marker on a failed attempt's comment: `<!-- waves:attempt run=RUN leg=LEG -->`.
 * `leg` tells apart attempts in one run (the planner's stale-claim release and a failed leg are
 * two); markers without it (written before it existed) are one per run.
 */
export const ATTEMPT_MARKER = /<!-- waves:attempt run=([\w-]+)(?: leg=([\w.:/-]+))? -->/;

/** The run link an attempt comment gives (`(run <url>)`), if it has one. */
export function attemptRunUrl(body: string): string | undefined {
  return /\(run (https?:\/\/[^\s)]+)\)/.exec(body)?.[1];
}
