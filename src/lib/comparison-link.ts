/**
 * Writing a team comparison's link, on its own so the rater page carries only this, not the whole
 * reader in ./team.ts (which re-exports it).
 */

/**
 * The comparison's own link fragment (no leading '#'): `self=v1-2031&r=r1-2031,r1-1120` (self omitted
 * when absent, `r=` omitted with no raters), or with a collector's team summary `self=v2-1021&t=t2-…`. Codes are escaped, a no-op for real ones, so that a stray
 * ',' or '&' can never split or merge codes.
 */
export function encodeComparison(self: string | undefined, raterCodes: readonly string[], summary?: string): string {
  const parts: string[] = [];
  if (self !== undefined) parts.push(`self=${encodeURIComponent(self)}`);
  if (summary !== undefined) parts.push(`t=${encodeURIComponent(summary)}`);
  if (raterCodes.length > 0) parts.push(`r=${raterCodes.map((c) => encodeURIComponent(c)).join(',')}`);
  return parts.join('&');
}
