/**
 * The known names closest to a mistyped one, best first: within a small edit distance, or one
 * containing the other (`engine` for `@acme/engine`). At most `limit` of them.
 */
export function findClosestNames(wanted: string, known: readonly string[], limit = 5): string[] {
  const target = wanted.toLowerCase();
  const threshold = Math.max(2, Math.floor(target.length / 3));
  return known
    .map((name) => {
      const candidate = name.toLowerCase();
      const contains = target.length > 0 && (candidate.includes(target) || target.includes(candidate));
      return { name, contains, distance: editDistance(target, candidate) };
    })
    .filter(({ contains, distance }) => contains || distance <= threshold)
    .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map(({ name }) => name);
}

/** Levenshtein distance, one row at a time. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}
