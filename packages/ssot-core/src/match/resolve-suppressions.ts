import { findClosestNames, formatDidYouMean } from '../hints/closest-name';
import type { Diagnostic, Site, Suppression } from '../result/project-result.generated';
import type { Position, SuppressionComment } from '../scan/file-facts';

/** What deciding a site's suppression reads of it. */
export type SuppressibleSite = Pick<Site, 'entry' | 'side' | 'line' | 'column' | 'exempt'>;

/** One comment's reach: the entries it names (undefined: every entry) over a range of positions. */
interface Cover {
  comment: SuppressionComment;
  by: Suppression['by'];
  entries: ReadonlySet<string> | undefined;
  from: Position;
  /** Exclusive; undefined: to the end of the file. */
  to: Position | undefined;
  /** Whether the comment is checked (ssot comments, and ESLint comments that name an ssot rule): a bare `eslint-disable` is not. */
  checked: boolean;
  /** The entries (or `*`) whose bypass sites it covers in this file. */
  used: Set<string>;
}

export interface ResolvedSuppressions {
  /** Per site (same order), how it is suppressed, or undefined. */
  marks: (Suppression | undefined)[];
  diagnostics: Diagnostic[];
}

/** The ssot rule that reports comments, not sites: disabling it suppresses nothing. */
const COMMENT_RULE = 'ssot/no-unused-suppression';
const EVERY_ENTRY = '*';

/**
 * SPEC §4 "Inline suppressions": which of one file's sites its comments suppress, and what is wrong
 * with the comments. Only bypass sites are suppressed, never exempt ones (an exempt site stays
 * exempt); when several comments cover a site, the closest kind decides its `suppressed`
 * (next-line, then ESLint's line and block forms, then the file). `entryNames` are the registry's
 * names (an unknown name is a diagnostic, with the closest names). Diagnostics, at the comment:
 * `suppression-without-reason` (it still applies), `suppression-unknown-entry`, and
 * `suppression-unused` (it covers no bypass site that is not exempt). A bare ESLint comment (no
 * rule named) suppresses as ESLint would, but is never a diagnostic: it is about other rules too.
 */
export function resolveSuppressions(file: string, comments: readonly SuppressionComment[] | undefined, sites: readonly SuppressibleSite[], entryNames: readonly string[]): ResolvedSuppressions {
  if (!comments || comments.length === 0) return { marks: sites.map(() => undefined), diagnostics: [] };
  const known = new Set(entryNames);
  const covers = listCovers(comments);
  const marks = sites.map((site) => {
    if (site.side !== 'bypass' || site.exempt) return undefined;
    let mark: Suppression | undefined;
    for (const cover of covers) {
      if (!covering(cover, site)) continue;
      cover.used.add(cover.entries ? site.entry : EVERY_ENTRY);
      mark ??= { by: cover.by, ...(cover.comment.reason !== undefined && { reason: cover.comment.reason }), line: cover.comment.line };
    }
    return mark;
  });
  const diagnostics = covers.filter((cover) => cover.checked).flatMap((cover) => diagnose(file, cover, known));
  return { marks, diagnostics };
}

/** The comments as covers, closest kind first (the order that decides a site's `suppressed`). */
function listCovers(comments: readonly SuppressionComment[]): Cover[] {
  const covers: Cover[] = [];
  const cover = (comment: SuppressionComment, by: Suppression['by'], from: Position, to: Position | undefined, entries?: ReadonlySet<string>): Cover => ({
    comment,
    by,
    entries,
    from,
    to,
    checked: entries !== undefined || comment.names.length > 0,
    used: new Set(),
  });
  const nextLine = (comment: SuppressionComment): [Position, Position] => [
    { line: comment.endLine + 1, column: 1 },
    { line: comment.endLine + 2, column: 1 },
  ];
  const ofLine = (comment: SuppressionComment): [Position, Position] => [
    { line: comment.line, column: 1 },
    { line: comment.line + 1, column: 1 },
  ];
  const eslint = comments.filter((comment) => comment.form.startsWith('eslint-') && namesSsotRule(comment));
  for (const comment of comments.filter((each) => each.form === 'ssot-ignore-next-line')) covers.push(cover(comment, 'ssot-ignore-next-line', ...nextLine(comment), new Set(comment.names)));
  for (const comment of eslint) {
    if (comment.form === 'eslint-disable-next-line') covers.push(cover(comment, 'eslint-disable', ...nextLine(comment)));
    if (comment.form === 'eslint-disable-line') covers.push(cover(comment, 'eslint-disable', ...ofLine(comment)));
  }
  for (const [index, comment] of eslint.entries()) {
    if (comment.form !== 'eslint-disable') continue;
    const enable = eslint.slice(index + 1).find((each) => each.form === 'eslint-enable');
    covers.push(cover(comment, 'eslint-disable', comment, enable));
  }
  for (const comment of comments.filter((each) => each.form === 'ssot-ignore-file')) covers.push(cover(comment, 'ssot-ignore-file', { line: 1, column: 1 }, undefined, new Set(comment.names)));
  return covers;
}

/** An ESLint comment that reaches ssot's site rules: it names one, or no rule at all (then it is every rule). */
function namesSsotRule(comment: SuppressionComment): boolean {
  return comment.names.length === 0 || comment.names.some((name) => name.startsWith('ssot/') && name !== COMMENT_RULE);
}

function covering(cover: Cover, site: SuppressibleSite): boolean {
  if (cover.entries && !cover.entries.has(site.entry)) return false;
  return !before(site, cover.from) && (cover.to === undefined || before(site, cover.to));
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.column < b.column);
}

function diagnose(file: string, cover: Cover, known: ReadonlySet<string>): Diagnostic[] {
  const { comment } = cover;
  const at = { file, line: comment.line, column: comment.column };
  const found: Diagnostic[] = [];
  const directive = [comment.form, comment.names.join(', ')].filter(Boolean).join(' ');
  if (comment.reason === undefined) {
    found.push({ ...at, code: 'suppression-without-reason', ...(oneEntry(cover) && { entry: oneEntry(cover) }), message: `${directive} gives no reason (it still applies): add one after " -- ", e.g. \`${directive} -- why this bypass stays\`` });
  }
  if (cover.entries?.size === 0) {
    found.push({ ...at, code: 'suppression-unknown-entry', message: `${comment.form} names no entry: write the registry entries it suppresses before " -- ", e.g. \`${comment.form} ${[...known][0] ?? 'Logger'} -- why\`` });
    return found;
  }
  for (const name of cover.entries ?? []) {
    if (known.has(name)) continue;
    const closest = findClosestNames(name, known);
    found.push({ ...at, code: 'suppression-unknown-entry', entry: name, message: `${comment.form} names "${name}", which is not an entry of ssot.json${formatDidYouMean(closest?.names ?? [])}` });
  }
  if (cover.entries === undefined) {
    if (cover.used.size === 0) found.push({ ...at, code: 'suppression-unused', message: `${directive} suppresses no bypass site: remove it (exempt sites need no suppression)` });
    return found;
  }
  for (const name of cover.entries) {
    if (!known.has(name) || cover.used.has(name)) continue;
    found.push({ ...at, code: 'suppression-unused', entry: name, message: `${comment.form} ${name} suppresses no bypass site of ${name}${cover.by === 'ssot-ignore-file' ? ' in this file' : ' on the next line'}: remove it (exempt sites need no suppression)` });
  }
  return found;
}

function oneEntry(cover: Cover): string | undefined {
  return cover.entries?.size === 1 ? [...cover.entries][0] : undefined;
}
