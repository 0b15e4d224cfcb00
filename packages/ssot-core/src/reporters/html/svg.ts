/** Small helpers shared by the inline SVG charts: coordinates, colours, labels. */
import type { TierStatus } from '../../report/report-model';

/** Coordinates with one decimal: enough for a screen, and the same string on every machine. */
export function n(value: number): string {
  return (Math.round(value * 10) / 10).toFixed(1);
}

/** Long names are cut for the axis; the full text is always in the mark's `<title>`. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Colour by tier status, as CSS variables of the page's style sheet (one palette, one place). */
export function statusFill(status: TierStatus | null): string {
  return status === null ? 'var(--no-data)' : `var(--${status})`;
}
