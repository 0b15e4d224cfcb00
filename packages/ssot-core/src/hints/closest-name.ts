/**
 * "Did you mean …?" for a registry name that matched nothing: the names of the code that are
 * closest to it by edit distance, only when close enough to be a slip of the keyboard rather than
 * another name. `fastest-levenshtein` computes the distance (small, no dependencies, the fastest
 * of the maintained implementations); the thresholds are ours and tested in closest-name.spec.ts.
 */
import { distance } from 'fastest-levenshtein';

export interface ClosestNames {
  /** The closest names (ties at the same distance), sorted; at most `MAX_NAMES`. */
  names: string[];
  /** Their edit distance to the wanted name, case ignored (0: they differ only in case). */
  distance: number;
}

export const MAX_NAMES = 3;

/**
 * How many edits a name of this length may take and still be a slip: none for 1–3 characters
 * (`fs` and `os` are different modules), one up to 5, two up to 12, three beyond. Case is free.
 */
export function allowedEdits(length: number): number {
  return length <= 3 ? 0 : length <= 5 ? 1 : length <= 12 ? 2 : 3;
}

/**
 * The names of `vocabulary` closest to `wanted`, or undefined when none is close enough. A path
 * (with `/`) or a member chain (`.`, for globals) is judged by its last segment's length, since
 * that is where names differ; one slip is always allowed beside the same parent (`console.lgo`);
 * with `moves` (for a path known not to exist), the same file with a folder added or left out is
 * also a hint (`src/lib/x.ts` for `src/x.ts`), never the same file name in unrelated folders. Without
 * it, a file of one project is no slip for another's (`libs/store/shared/x.ts` vs `libs/shared/x.ts`:
 * an import matcher that names an existing copy simply matches nothing in that project).
 */
export function findClosestNames(wanted: string, vocabulary: Iterable<string>, separator: '/' | '.' = '/', moves = false): ClosestNames | undefined {
  const target = wanted.toLowerCase();
  const lastSegment = (path: string) => path.slice(path.lastIndexOf(separator) + 1);
  const parent = (path: string) => path.slice(0, Math.max(0, path.lastIndexOf(separator)));
  const allowed = allowedEdits(lastSegment(target).length);
  let best: ClosestNames | undefined;
  for (const name of new Set(vocabulary)) {
    if (name === wanted) continue; // present, so not the reason it matched nothing
    const candidate = name.toLowerCase();
    const edits = isSwap(target, candidate) ? 1 : distance(target, candidate);
    // Beside the same parent (`console.` in `console.lgo`), one slip in a short member is still a slip.
    const sameParent = target.includes(separator) && parent(candidate) === parent(target) && edits <= 1;
    const movedFile = moves && separator === '/' && lastSegment(candidate) === lastSegment(target) && isFolderMove(parent(target), parent(candidate));
    if (edits > allowed && !sameParent && !movedFile) continue;
    if (!best || edits < best.distance) best = { names: [name], distance: edits };
    else if (edits === best.distance) best.names.push(name);
  }
  if (!best) return undefined;
  return { names: best.names.sort(compare).slice(0, MAX_NAMES), distance: best.distance };
}

/** The best of several projects' closest names: the smallest distance, their names merged. */
export function mergeClosestNames(all: Iterable<ClosestNames>): ClosestNames | undefined {
  let best: ClosestNames | undefined;
  for (const closest of all) {
    if (!best || closest.distance < best.distance) best = { names: [...closest.names], distance: closest.distance };
    else if (closest.distance === best.distance) best.names.push(...closest.names);
  }
  if (!best) return undefined;
  return { names: [...new Set(best.names)].sort(compare).slice(0, MAX_NAMES), distance: best.distance };
}

/** ` — did you mean `a` or `b`?`, the suffix every warning message gets. */
export function formatDidYouMean(names: readonly string[]): string {
  if (names.length === 0) return '';
  const quoted = names.map((name) => `\`${name}\``);
  const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
  return ` — did you mean ${list}?`;
}

/** One folder list contains the other in order: a folder added or left out (`src` → `src/lib`). */
function isFolderMove(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a.split('/'), b.split('/')] : [b.split('/'), a.split('/')];
  let i = 0;
  for (const folder of long) if (folder === short[i]) i += 1;
  return i === short.length;
}

/** Two neighbouring characters swapped (`axois`): one slip, though Levenshtein counts two edits. */
function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const first = [...a].findIndex((char, i) => char !== b[i]);
  return first >= 0 && first + 1 < a.length && a[first] === b[first + 1] && a[first + 1] === b[first] && a.slice(first + 2) === b.slice(first + 2);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
