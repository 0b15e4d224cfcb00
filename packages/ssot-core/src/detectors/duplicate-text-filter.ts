import type { TextFilter } from './detector';

/** What `duplicate-implementation` compares a file's declarations with, for one entry. */
export interface DuplicateRules {
  /** Export and factory names: a declaration of one of these names is a duplicate. */
  names: readonly string[];
  /** The entry's `duplicates` globs, matched against declaration names. */
  globs: readonly string[];
  /** The SSOT's classes, whose public members a rival class may overlap. */
  classes: readonly { members?: readonly string[] }[];
}

export interface OverlapThresholds {
  minSimilarity: number;
  minSharedMembers: number;
}

/** A class or function is declared with one of these (`const f = () => …` included). */
const DECLARATION_WORDS = /\bclass\b|\bfunction\b|=>/;
const CLASS_WORD = /\bclass\b/;
/** Names that appear in a text without a backslash exactly as written, as one word. */
const PLAIN_IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
/** Globs of name characters, `*` and `?` only: a matching name holds each literal run. */
const SIMPLE_GLOB = /^[A-Za-z0-9_*?]+$/;

/**
 * The text filter of `duplicate-implementation`: false only for a file that can declare no
 * duplicate of any entry, so that it is not parsed for this detector (tools/bench: most files
 * declare some function, few a rival of an SSOT). Derived from the detector's own rules:
 * - a duplicate is a class or function declaration, so the text holds `class`, `function` or `=>`;
 * - a name match needs the declaration's name, hence the text, to hold an export or factory name,
 *   or the longest literal run of a `duplicates` glob (`*JsonHelper` → `JsonHelper`);
 * - a member overlap needs a class that shares at least `need` public member names with an SSOT
 *   class: `need` is the least count meeting `minSharedMembers` and `minSimilarity` (similarity is
 *   shared / union and the union is at least the SSOT's member count), and each shared name is a
 *   whole word of the text (an identifier or a string-literal key).
 * Names reach the syntax tree unescaped, so a text with a backslash (`\u0061`, `'\x61'`) may spell
 * any name and always passes. Globs with other syntax, and member names other than plain ASCII
 * identifiers, cannot be looked for: the first admit every declaring file, the second count as present.
 */
export function createDuplicateTextFilter(rules: readonly DuplicateRules[], thresholds: OverlapThresholds): TextFilter {
  const names = new Set<string>();
  const overlaps: { words: string[]; need: number }[] = [];
  let admitsAnyDeclaration = false;
  for (const rule of rules) {
    for (const name of rule.names) names.add(name);
    for (const glob of rule.globs) {
      const literal = getGlobLiteral(glob);
      if (literal === undefined) admitsAnyDeclaration = true;
      else names.add(literal);
    }
    for (const { members = [] } of rule.classes) {
      const need = countNeededMembers(members.length, thresholds);
      if (need === undefined) continue; // no class can overlap this one strongly enough
      const words = members.filter((member) => PLAIN_IDENTIFIER.test(member));
      const needed = need - (members.length - words.length);
      if (needed <= 0) admitsAnyDeclaration = true;
      else overlaps.push({ words, need: needed });
    }
  }
  return (text) => {
    if (text.includes('\\')) return true;
    if (!DECLARATION_WORDS.test(text)) return false;
    if (admitsAnyDeclaration) return true;
    for (const name of names) if (text.includes(name)) return true;
    return overlaps.length > 0 && CLASS_WORD.test(text) && overlaps.some(({ words, need }) => hasWords(text, words, need));
  };
}

/**
 * The least number of shared member names with which a class can reach both thresholds against an
 * SSOT class of `size` members; undefined when none can. Computed with the detector's own
 * arithmetic: shared / union ≥ minSimilarity implies shared / size ≥ minSimilarity (union ≥ size).
 */
export function countNeededMembers(size: number, thresholds: OverlapThresholds): number | undefined {
  for (let shared = Math.max(0, thresholds.minSharedMembers); shared <= size; shared += 1) {
    if (size > 0 && shared / size >= thresholds.minSimilarity) return shared;
  }
  return undefined;
}

/** The longest literal run of a simple glob (`parse*Json` → `parse`): every name it matches holds it. */
function getGlobLiteral(glob: string): string | undefined {
  if (!SIMPLE_GLOB.test(glob)) return undefined;
  const longest = glob.split(/[*?]+/).reduce((best, run) => (run.length > best.length ? run : best), '');
  return longest === '' ? undefined : longest;
}

/** At least `need` of `words` occur in the text as whole words. */
function hasWords(text: string, words: readonly string[], need: number): boolean {
  let found = 0;
  for (const word of words) {
    if (hasWord(text, word) && ++found >= need) return true;
  }
  return false;
}

function hasWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    if (!isWordCode(text.charCodeAt(at - 1)) && !isWordCode(text.charCodeAt(at + word.length))) return true;
  }
  return false;
}

/** ASCII identifier characters; anything else (a non-ASCII letter included) may border a word. */
function isWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 36;
}
