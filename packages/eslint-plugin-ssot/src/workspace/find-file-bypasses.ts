import { relative, sep } from 'node:path';
import { assignFingerprints, compareSites, compareWithBaseline, describeFix, findSuppressionProblems, getBaselinePath, matchFile, readFileFacts, type Chain, type Diagnostic, type FileFacts, type NormalizedEntry, type Site, type SuppressionComment } from 'ssot-core';
import { findWorkspaceRoot } from './find-workspace-root';
import { createLintedFileScan } from './scan-linted-file';
import { findSmallestEdit, type TextEdit } from './text-edits';
import { findFileDependencies } from './file-dependencies';
import { getFreshness } from './run-kind';
import { getWorkspaceSession, isWorkspaceProblem, rebuildWorkspaceSession, type WorkspaceProblem, type WorkspaceSession } from './workspace-session';

/** A bypass site of the linted file, as the rules report it. */
export interface FileBypass {
  site: Site;
  /** In the owning project's baseline: `ssot/no-known-bypass` reports it, `ssot/no-bypass` does not. */
  known: boolean;
  /** A usage through a legacy path (not a bypass): `ssot/no-legacy-path` reports it, with migrate's legacy-path fix. */
  legacy?: boolean;
  /** What to do, in the check's own words, naming the matched text. */
  fix: string;
  /** `migrate`'s mechanical fix of this site, as one text edit, when it has one. */
  edit?: FileEdit;
  /** Why `migrate` has no fix for this site although one handles its kind: one short clause of the planner's reason. */
  noFix?: string;
  /**
   * Suppressed by an ESLint comment: the ssot rules that still report it, so that ESLint's comment
   * hides the report and counts as used (ESLint 9 warns about a disable comment that hid nothing).
   */
  hiddenBy?: string[];
}

/** The text edit (offsets in the linted text) that applies the fix; `replacement` is the new code at the site. */
export interface FileEdit {
  edit: TextEdit;
  replacement: string;
  kind: string;
}

/** `suppressions`: what is wrong with the file's suppression comments, as the check diagnoses it (`ssot/no-unused-suppression`). */
export type FileBypasses = { bypasses: FileBypass[]; suppressions: Diagnostic[]; problem?: undefined } | { bypasses?: undefined; suppressions?: undefined; problem: string };

const NONE: FileBypasses = { bypasses: [], suppressions: [] };

/**
 * Both rules ask about the same file in a row: its fingerprinted sites are kept for that text and
 * that session (a rebuilt session, after ssot.json changed, computes them again).
 */
let last: { session: WorkspaceSession; pass: object | undefined; file: string; text: string; sites: Site[] | undefined; suppressions: Diagnostic[]; comments: SuppressionComment[]; specifiers: Map<string, string>; plans: PlannedFixes; dependencies?: Set<string> } | undefined;

interface PlannedFixes {
  edits: Map<string, FileEdit>;
  refusals: Map<string, string>;
}

/**
 * The bypass sites of one file as `ssot-check` counts them, from the text ESLint lints (an editor's
 * unsaved buffer) while every other file (barrels, SSOT sources) comes from disk: the file's facts
 * → its sites (projects, exemptions, include/exclude as the check applies them) → fingerprints over
 * the whole file (they count occurrences among equal sites) → known or new against the owning
 * project's baseline (read again whenever it changed). Exempt and suppressed sites and entries with
 * `enforce: "off"` are left out; what is wrong with the file's suppression comments comes along.
 * `parsed` is what the parser made of the text (typescript-eslint's
 * TypeScript SourceFile), walked instead of parsing again when it can be (`createLintedFileScan`);
 * `pass` is the lint pass (its AST): the rules of one pass share one answer.
 */
export function findFileBypasses(file: string, text: string, { parsed, pass }: { parsed?: unknown; pass?: object } = {}): FileBypasses {
  try {
    return computeFileBypasses(file, text, parsed, pass);
  } catch (error) {
    // A bug here must not stop the whole lint (every other rule's messages): one message says what failed.
    const reason = error instanceof Error ? error.message : String(error);
    return { problem: `eslint-plugin-ssot could not analyse ${file} (${reason.split('\n')[0]}); \`nx run <project>:ssot-check\` shows whether the engine fails too. Please report it.` };
  }
}

function computeFileBypasses(file: string, text: string, parsed: unknown, pass: object | undefined): FileBypasses {
  const root = findWorkspaceRoot(file);
  if (root === undefined) {
    return { problem: `no workspace root above ${file}: eslint-plugin-ssot reads ssot.json from the nearest folder that holds ssot.json or nx.json. Create one with \`nx g ssot-plugin:init\`, or turn the ssot rules off for files outside the workspace.` };
  }
  const path = relative(root, file).split(sep).join('/');
  const session = getFreshSession(root, path, text, parsed, pass);
  if (isWorkspaceProblem(session)) return { problem: `ssot.json in ${root}: ${session.problem}` };
  if (!last?.sites) return NONE;
  const owner = session.index.projects.getOwnerInfo(path);
  const baseline = owner ? session.getBaseline(owner) : undefined;
  if (isWorkspaceProblem(baseline)) return { problem: baseline.problem };
  const marked = compareWithBaseline(last.sites, baseline, owner ? getBaselinePath(owner.root) : '').sites;
  const bypasses: FileBypass[] = [];
  for (const site of marked) {
    const entry = session.compiled.byName.get(site.entry)?.entry;
    const legacy = site.side === 'usage' && site.pattern === 'legacy-shim';
    const hiddenBy = site.suppressed?.by === 'eslint-disable' ? findHidingRules(last.comments, site.suppressed.line) : undefined;
    if ((site.side !== 'bypass' && !legacy) || site.exempt || (site.suppressed && !hiddenBy?.length) || !entry || entry.enforce === 'off') continue;
    const edit = last.plans.edits.get(site.fingerprint);
    const noFix = last.plans.refusals.get(site.fingerprint);
    const fix = legacy ? describeLegacyPath(session, entry, last.specifiers.get(site.fingerprint)) : describeBypass(session, entry, site);
    bypasses.push({ site, known: site.known === true, fix, ...(legacy && { legacy }), ...(edit && { edit }), ...(noFix !== undefined && { noFix }), ...(hiddenBy && { hiddenBy }) });
  }
  return { bypasses, suppressions: last.suppressions };
}

const SITE_RULES = ['ssot/no-bypass', 'ssot/no-known-bypass'];

/**
 * The site rules an ESLint comment (on `line`) names, whose reports ESLint hides: `ssot/no-bypass`
 * for a comment that names no rule. None when it names only other ssot rules: the check counts
 * the site as suppressed, and no rule can report it without ESLint showing it.
 */
function findHidingRules(comments: SuppressionComment[], line: number): string[] {
  const comment = comments.find((each) => each.line === line && each.form.startsWith('eslint-disable'));
  if (comment === undefined) return [];
  return comment.names.length === 0 ? ['ssot/no-bypass'] : SITE_RULES.filter((rule) => comment.names.includes(rule));
}

/**
 * The session, fresh for this file, with `last` holding the file's sites. Files that every lint
 * depends on are checked by `getWorkspaceSession`; then the files this file's sites came from
 * (`findFileDependencies`), at a first lint and a re-lint alike (an editor's next edit or save), so
 * a lint stats a few dozen files however many the index has read. A change rebuilds the session
 * and computes the file again.
 */
function getFreshSession(root: string, path: string, text: string, parsed: unknown, pass: object | undefined): WorkspaceSession | WorkspaceProblem {
  if (pass !== undefined && last?.pass === pass && last.file === path && last.text === text) return last.session; // another rule, same lint
  const session = getWorkspaceSession(root);
  if (isWorkspaceProblem(session)) return session;
  const dependencies = analyseWithDependencies(session, path, text, parsed, pass);
  if (dependencies === undefined || session.findChangedInput(dependencies) === undefined) return session;
  const rebuilt = rebuildWorkspaceSession(root);
  if (isWorkspaceProblem(rebuilt)) return rebuilt;
  analyseWithDependencies(rebuilt, path, text, parsed, pass);
  return rebuilt;
}

/** `analyseFile`, then the files the sites in `last` came from (kept with them for the file's next lint). */
function analyseWithDependencies(session: WorkspaceSession, path: string, text: string, parsed: unknown, pass: object | undefined): Set<string> | undefined {
  const found = analyseFile(session, path, text, parsed, pass);
  if (getFreshness() === 'once') return undefined; // nothing will be checked (run-kind.ts)
  if (found && last) last.dependencies = findFileDependencies(session, path, found.chains, session.index.projects.getOwnerInfo(path));
  return last?.dependencies;
}

/** The file's sites and planned fixes into `last`, unless it holds them for this session and text; the facts when computed now. */
function analyseFile(session: WorkspaceSession, path: string, text: string, parsed: unknown, pass: object | undefined): { chains: Chain[] } | undefined {
  if (last && last.session === session && last.file === path && last.text === text) {
    last.pass = pass;
    return undefined;
  }
  const found = findSites(session, path, text, parsed);
  last = { session, pass, file: path, text, sites: found?.sites, suppressions: found?.suppressions ?? [], comments: found?.facts.suppressions ?? [], specifiers: found?.specifiers ?? new Map(), plans: found ? planEdits(session, path, text, found) : { edits: new Map(), refusals: new Map() } };
  return found;
}

/**
 * The check's words for the fix, with what a developer types: the `replaceWith` of a global
 * matcher when there is one, and the import specifier (else the source file).
 */
function describeBypass(session: WorkspaceSession, entry: NormalizedEntry, site: Site): string {
  const replaceWith = entry.bypasses.find((matcher) => matcher.kind === 'global' && matcher.path === site.text && matcher.replaceWith !== undefined);
  const name = replaceWith?.kind === 'global' && replaceWith.replaceWith !== undefined ? replaceWith.replaceWith : entry.name;
  return describeFix(name, entry.factory, site.kind, session.getCanonical(entry) ?? entry.source ?? entry.module, site.text);
}

/** A legacy-shim usage: the canonical import to take instead of the legacy path it came through. */
function describeLegacyPath(session: WorkspaceSession, entry: NormalizedEntry, specifier: string | undefined): string {
  return `import ${entry.name} from ${session.getCanonical(entry) ?? entry.source ?? entry.module}${specifier === undefined ? ' instead of a legacy path' : ` instead of the legacy path ${specifier}`}`;
}

/**
 * The file's sites, sorted and fingerprinted as the check does (with the import specifier of each
 * legacy-shim usage, by fingerprint), and the export chains the match followed to find them (what
 * the sites depend on in other files: a binding never referenced, a type-only import, is never
 * followed, so its target is neither parsed nor watched); undefined when the check would not
 * analyse the file.
 */
function findSites({ index, compiled }: WorkspaceSession, path: string, text: string, parsed: unknown): { sites: Site[]; specifiers: Map<string, string>; facts: FileFacts; suppressions: Diagnostic[]; chains: Chain[] } | undefined {
  // Outside the workspace, or a virtual file (a code block of a Markdown file): not a workspace file.
  if (path.startsWith('../') || path === '..' || !compiled.isAnalysed(path)) return undefined;
  const { facts } = readFileFacts({ file: path, size: undefined, read: () => text, interest: compiled.interest, scan: createLintedFileScan(parsed) });
  if (!facts) return undefined;
  // A one-shot run lints each file as it is on disk (a later pass of --fix finds it kept already):
  // an importer linted later reads its exports from these facts rather than parsing it again.
  if (getFreshness() === 'once') index.offerFacts(path, facts);
  const chains: Chain[] = [];
  const recording = { resolveImport: (from: string, specifier: string, imported: string) => {
    const chain = index.chains.resolveImport(from, specifier, imported);
    chains.push(chain);
    return chain;
  } };
  const matched = matchFile(facts, { ...index, chains: recording }, compiled).sort(compareSites);
  const specifiers = new Map<string, string>();
  const sites = assignFingerprints(matched, (project) => index.projects.get(project)?.root ?? '.').map(({ matchers: _matchers, specifier, ...site }) => {
    if (specifier !== undefined && site.pattern === 'legacy-shim') specifiers.set(site.fingerprint, specifier);
    return site;
  });
  return { sites, specifiers, facts, suppressions: findSuppressionProblems(facts, matched, index, compiled), chains };
}

/**
 * `migrate`'s fix of each fixable site, planned alone against this text, as the smallest edit
 * that turns the text into the planned one (the site and, when needed, an import), or the
 * planner's reason for refusing it. Planned only when some site is fixable: most files never load
 * the planner.
 */
function planEdits(session: WorkspaceSession, path: string, text: string, { sites, facts }: { sites: Site[]; facts: FileFacts }): PlannedFixes {
  const planned: PlannedFixes = { edits: new Map(), refusals: new Map() };
  const fixable = sites.filter((site) => session.fixes.isFixable(site));
  if (fixable.length === 0) return planned;
  const { fixes, refusals } = session.fixes.planFileFixes(path, text, facts, fixable);
  for (const fix of fixes) planned.edits.set(fix.site.fingerprint, { edit: findSmallestEdit(text, fix.after), replacement: fix.replacement, kind: fix.kind });
  for (const refusal of refusals) planned.refusals.set(refusal.site.fingerprint, shortenReason(refusal.reason));
  return planned;
}

/** The planner's reason as one clause for a message: its first clause, without the explanation in parentheses. */
export function shortenReason(reason: string): string {
  return reason.split(/; |: /)[0].replace(/ \([^()]*\)$/, '');
}
