import { compareStrings } from '../result/fingerprint';

/**
 * The one order of the report's tables (SSOTs, projects, owners, tags within a group), so every
 * format lists them alike: most bypass sites first, then by name.
 */
export function byBypassThenName(a: { bypass: number; name: string }, b: { bypass: number; name: string }): number {
  return b.bypass - a.bypass || compareStrings(a.name, b.name);
}
