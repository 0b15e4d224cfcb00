/**
 * A calendar day `YYYY-MM-DD` that exists (2026-02-29 does not, 2028-02-29 does). Registry dates
 * are days in UTC (SPEC §3), so no time zone is involved.
 */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one.
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** The formats of the registry schema, by name: its generated validator requires them from here. */
export const REGISTRY_FORMATS = { date: isCalendarDate };
