import type { CatchStyle, CatchStyleMix } from '../result/project-result.generated';
import type { CatchStyle as ScannedCatchStyle } from '../scan/file-facts';
import { compareStrings } from '../result/fingerprint';

/** The scan's styles and the result schema's are one list; this fails to compile when they drift apart. */
const SAME_STYLES: [ScannedCatchStyle, CatchStyle] extends [CatchStyle, ScannedCatchStyle] ? true : never = true;
void SAME_STYLES;

/** Counts → the mix: styles present, most frequent first (ties by name), percent with one decimal. */
export function summarizeCatchStyles(counts: ReadonlyMap<CatchStyle, number>): CatchStyleMix {
  let total = 0;
  for (const count of counts.values()) total += count;
  const styles = [...counts.entries()]
    .filter(([, count]) => count > 0)
    .map(([style, count]) => ({ style, count, percent: Math.round((count / total) * 1000) / 10 }))
    .sort((a, b) => b.count - a.count || compareStrings(a.style, b.style));
  return { total, styles };
}

export function mergeCatchStyleMixes(mixes: readonly CatchStyleMix[]): CatchStyleMix {
  const counts = new Map<CatchStyle, number>();
  for (const mix of mixes) for (const { style, count } of mix.styles) counts.set(style, (counts.get(style) ?? 0) + count);
  return summarizeCatchStyles(counts);
}

/** `log-only 40% (4), rethrow 30% (3), empty 30% (3)`. */
export function describeCatchStyleMix(mix: CatchStyleMix): string {
  return mix.styles.map(({ style, count, percent }) => `${style} ${percent}% (${count})`).join(', ');
}
