import ts from 'typescript';
import type { SuppressionComment, SuppressionForm } from './file-facts';
import { positionOf } from './syntax';

/** Where a suppression comment may be: each hit is checked against the syntax tree (it may be in a string). */
const MARKERS = /ssot-ignore-(?:next-line|file)|eslint-(?:disable|enable)/g;

/**
 * A directive opens the comment (after white space), as ESLint requires of its own. ESLint reads
 * `eslint-disable` and `eslint-enable` only in block comments (`/* … *\/`); the `-line` forms and
 * the ssot forms in either kind.
 */
const DIRECTIVE = /^\s*(ssot-ignore-next-line|ssot-ignore-file|eslint-disable-next-line|eslint-disable-line|eslint-disable|eslint-enable)(?=\s|$)/;
const FORMS: readonly SuppressionForm[] = ['ssot-ignore-next-line', 'ssot-ignore-file', 'eslint-disable-next-line', 'eslint-disable-line', 'eslint-disable', 'eslint-enable'];
const BLOCK_ONLY: ReadonlySet<SuppressionForm> = new Set(['eslint-disable', 'eslint-enable']);
/** ESLint's description separator: two or more dashes with white space before (and after, or the end). */
const REASON = /\s-{2,}(?:\s|$)/;

/**
 * The file's suppression comments (SPEC §4), in text order. Comments are not in the syntax tree, so
 * each place the text names a directive is looked up in it: inside a string, a template or JSX text
 * it is no comment; else TypeScript's scanner gives the comment's range there. Files without the
 * words cost one regular-expression test.
 */
export function collectSuppressions(sf: ts.SourceFile): SuppressionComment[] {
  const text = sf.text;
  const found: SuppressionComment[] = [];
  const seen = new Set<number>();
  for (const match of text.matchAll(MARKERS)) {
    const range = findCommentAt(sf, match.index ?? 0);
    if (!range || seen.has(range.pos)) continue;
    seen.add(range.pos);
    const comment = parseSuppression(sf, range);
    if (comment) found.push(comment);
  }
  return found;
}

/** The comment that holds `pos`: in the trivia before the token that follows it; undefined inside a token. */
function findCommentAt(sf: ts.SourceFile, pos: number): ts.CommentRange | undefined {
  let node: ts.Node = sf;
  for (;;) {
    const child = node.getChildren(sf).find((each) => each.pos <= pos && pos < each.end);
    if (!child) return undefined;
    if (pos < child.getStart(sf)) {
      // TypeScript calls the comments before the first line break "trailing" (the previous token's), the rest "leading".
      const ranges = [...(ts.getTrailingCommentRanges(sf.text, child.pos) ?? []), ...(ts.getLeadingCommentRanges(sf.text, child.pos) ?? [])];
      return ranges.find((range) => range.pos <= pos && pos < range.end);
    }
    if (child.getChildCount(sf) === 0) return undefined; // in a token's own text: a string, a template, JSX text
    node = child;
  }
}

function parseSuppression(sf: ts.SourceFile, range: ts.CommentRange): SuppressionComment | undefined {
  const block = range.kind === ts.SyntaxKind.MultiLineCommentTrivia;
  const value = sf.text.slice(range.pos + 2, block ? range.end - 2 : range.end);
  const [body, ...reasonParts] = value.split(REASON);
  const directive = DIRECTIVE.exec(body);
  const form = FORMS.find((each) => each === directive?.[1]);
  if (!directive || !form || (!block && BLOCK_ONLY.has(form))) return undefined;
  const names = body
    .slice(directive[0].length)
    .split(/[\s,]+/)
    .filter((name) => name.length > 0);
  const reason = reasonParts.join(' -- ').trim();
  return {
    ...positionOf(sf, range.pos),
    endLine: positionOf(sf, range.end).line,
    form,
    names,
    ...(reason.length > 0 && { reason }),
  };
}
