import picomatch from 'picomatch';
import type { AnalyzeOptions } from './analyze';
import { SsotUsageError } from './errors';
import { compileEntry, type CompiledEntry } from './match/compile-entry';
import { ExportChains } from './match/export-chains';
import type { SiteContext } from './match/find-sites';
import { PublicEntries } from './match/public-entries';
import type { Diagnostic } from './result/site';
import { keepFacts, type FileFacts, type KeptFacts, type ScanInterest } from './scan/file-facts';
import { scanFile } from './scan/scan-file';
import type { FileHost } from './workspace/file-host';
import { createFileSystemHost } from './workspace/fs-host';
import { ModuleResolver } from './workspace/module-resolver';
import { TsconfigPathsIndex } from './workspace/tsconfig-paths-index';
import { NO_PROJECT, WorkspaceProjects } from './workspace/workspace-projects';

/** Files larger than this are listed as skipped rather than parsed (generated bundles, fixtures). */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
const SCRIPT_FILE = /\.(d\.ts|ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
/** A file re-exports everything of another only through `export *` (`export * as ns` included). */
const EXPORT_STAR = /export\s*\*/;
/** A file without any of these words can bind no import and hold no module site. */
const MODULE_WORDS = /\b(?:import|require|from)\b/;

export interface AnalysisContext extends SiteContext {
  host: FileHost;
  projects: WorkspaceProjects;
  compiledByName: Map<string, CompiledEntry>;
  /** The analysed files: include minus exclude, limited to the projects in `only`. */
  selectFiles(only: string[] | undefined): string[];
  /** Symbolic links in the analysed scope that were passed over, as diagnostics naming each. */
  findSkippedLinks(only: string[] | undefined): Diagnostic[];
  /** Entries whose `projects` cover the file, minus those whose source it is. */
  getEntriesFor(file: string): CompiledEntry[];
  /**
   * Text prefilter, one read per file: `sites` false when the file holds no token any matcher could
   * match (or `checkSites` is false), `parse` false when neither sites nor `mayHaveFacts` (the
   * detectors' own filter) need it. A file to parse keeps its text for the parse that follows.
   */
  screenFile(file: string, checkSites: boolean, mayHaveFacts: ((text: string) => boolean) | undefined): { sites: boolean; parse: boolean };
  /**
   * All facts of a workspace file, for finding its sites (parsed once per run, again if they were
   * released); problems go to `diagnostics` when given.
   */
  getFacts(file: string, diagnostics?: Diagnostic[]): FileFacts | undefined;
  /** What export chains and detectors read of a file: what `releaseSiteFacts` keeps, without parsing again. */
  getKeptFacts(file: string): KeptFacts | undefined;
  /**
   * Once the file's sites are found (they are found once: each file has one owner project), keep
   * only its `KeptFacts`: a context shared by later analyses (other projects, batch mode) still
   * follows export chains through it and runs detectors on it, without holding every reference.
   */
  releaseSiteFacts(file: string): KeptFacts | undefined;
}

/** The per-run state every stage shares: workspace model, resolution caches, parsed facts. */
export function createAnalysisContext(options: AnalyzeOptions): AnalysisContext {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new SsotUsageError(`Invalid date "${today}": expected YYYY-MM-DD (UTC).`);
  const host = options.host ?? createFileSystemHost(options.workspaceRoot);
  const projects = new WorkspaceProjects(options.projects, host);
  const tsconfigs = new TsconfigPathsIndex(host);
  const resolver = new ModuleResolver(host, tsconfigs, projects);
  const compiled = options.registry.entries.map((entry) => compileEntry(entry, today));
  const compiledByName = new Map(compiled.map((entry) => [entry.entry.name, entry]));
  const interest = collectInterest(compiled);
  const tokens = [...interest.globalRoots, ...interest.globalNewNames, ...interest.literals].map((t) => (t === 'import.meta' ? 'import' : t));
  const isIncluded = picomatch(options.registry.include, { dot: true });
  const isExcluded = options.registry.exclude.length > 0 ? picomatch(options.registry.exclude, { dot: true }) : () => false;
  const factsCache = new Map<string, FileFacts | undefined>();
  /** Files whose sites are found, with what stays of their facts (never also in `factsCache`). */
  const keptCache = new Map<string, KeptFacts>();
  // A file is often parsed first as an import target (no diagnostics wanted there); its problems
  // are kept so that they are listed whenever it is analysed itself (once per analysis: each
  // analysed file asks with `diagnostics` once; a batch may check its project twice).
  const problemsByFile = new Map<string, Diagnostic[]>();
  const pendingText = new Map<string, string>();
  /**
   * Texts read for a prefilter whose file was not parsed: export chains ask the same file about
   * many names (each import through a barrel's `export *`), and without this each question read it
   * again (tools/bench: 11,494 extra reads for 5,000 files). The files that are never parsed, so
   * small (about 2 kB each here).
   */
  const unparsedText = new Map<string, string>();
  const entriesByProject = new Map<string, CompiledEntry[]>();

  /** A file's text for a prefilter, read at most once while it is not parsed. */
  const peekText = (file: string): string | undefined => pendingText.get(file) ?? unparsedText.get(file) ?? host.readFile(file);
  /** The text a parse is about to take: out of the caches, it lives on in the syntax tree only. */
  const readText = (file: string): string | undefined => {
    const text = peekText(file);
    pendingText.delete(file);
    unparsedText.delete(file);
    return text;
  };
  /** After a prefilter: a file to parse keeps its text for that parse, another for later questions. */
  const keepText = (file: string, text: string, parse: boolean): void => {
    if (parse) {
      unparsedText.delete(file);
      pendingText.set(file, text);
    } else {
      unparsedText.set(file, text);
    }
  };

  /**
   * A file exports `name` only if its text holds the name (declaration, specifier or `default`) or
   * an `export *`: otherwise following an export chain into it need not parse it (tools/bench: −15 %
   * per project, barrels of dependencies being the common case). Undecidable files say yes.
   */
  const mayExport = (file: string, name: string): boolean => {
    if (factsCache.has(file) || keptCache.has(file) || (host.fileSize?.(file) ?? 0) > MAX_FILE_BYTES) return true;
    const text = peekText(file);
    if (text === undefined) return true;
    const may = text.includes(name) || EXPORT_STAR.test(text);
    keepText(file, text, may); // a parse follows a yes
    return may;
  };

  const getFacts = (file: string, diagnostics?: Diagnostic[]): FileFacts | undefined => {
    if (factsCache.has(file)) {
      pendingText.delete(file); // screened after an export chain had it parsed: the text is not needed
    } else {
      keptCache.delete(file); // released before: parsed again, and kept again when released again
      const problems: Diagnostic[] = [];
      factsCache.set(file, SCRIPT_FILE.test(file) ? parseFile(file, host.fileSize?.(file), () => readText(file), interest, problems) : undefined);
      if (problems.length > 0) problemsByFile.set(file, problems);
    }
    const problems = problemsByFile.get(file);
    if (diagnostics && problems) diagnostics.push(...problems);
    return factsCache.get(file);
  };

  const getKeptFacts = (file: string): KeptFacts | undefined => keptCache.get(file) ?? getFacts(file);

  return {
    host,
    projects,
    compiledByName,
    getFacts,
    getKeptFacts,
    releaseSiteFacts(file) {
      const facts = factsCache.get(file);
      if (!facts) return keptCache.get(file);
      const kept = keepFacts(facts);
      keptCache.set(file, kept);
      factsCache.delete(file);
      return kept;
    },
    chains: new ExportChains(resolver, getKeptFacts, mayExport),
    publicEntries: new PublicEntries(host, projects, resolver, tsconfigs),
    selectFiles(only) {
      let candidates: string[];
      if (only === undefined) {
        candidates = host.listFiles();
      } else {
        const owned = new Set<string>();
        for (const name of only) {
          const project = projects.get(name);
          if (!project) throw new SsotUsageError(`Unknown project "${name}".`);
          for (const file of host.listFiles(project.root)) if (projects.getOwner(file) === name) owned.add(file);
        }
        candidates = [...owned].sort();
      }
      return candidates.filter((file) => isIncluded(file) && !isExcluded(file));
    },
    findSkippedLinks(only) {
      const roots = only === undefined ? ['.'] : only.map((name) => projects.get(name)?.root ?? '.');
      const links = new Set<string>();
      for (const root of roots) for (const link of host.listSkippedLinks?.(root) ?? []) links.add(link);
      const inScope = (link: string) => (only === undefined || only.includes(projects.getOwner(link))) && !isExcluded(link);
      return [...links].filter(inScope).sort().map((file) => ({
        file,
        line: 1,
        column: 1,
        code: 'symlink-skipped',
        message: 'not followed: a symbolic link (ssot never follows links, so loops and files outside the workspace cannot change a result); if it holds sources, move them into the workspace or exclude the link in ssot.json',
      }));
    },
    getEntriesFor(file) {
      const owner = projects.getOwnerInfo(file);
      const key = owner?.name ?? NO_PROJECT;
      let entries = entriesByProject.get(key);
      if (!entries) {
        entries = compiled.filter((entry) => entry.appliesTo(owner));
        entriesByProject.set(key, entries);
      }
      return entries.filter((entry) => entry.entry.source !== file);
    },
    screenFile(file, checkSites, mayHaveFacts) {
      if (!checkSites && !mayHaveFacts) return { sites: false, parse: false };
      // A file that will be skipped is a "yes": `getFacts` then lists it instead of it vanishing.
      if ((host.fileSize?.(file) ?? 0) > MAX_FILE_BYTES) return { sites: checkSites, parse: true };
      const text = peekText(file);
      if (text === undefined) return { sites: checkSites, parse: true };
      const skipped = text.length > MAX_FILE_BYTES || text.includes('\u0000');
      const sites = checkSites && (skipped || MODULE_WORDS.test(text) || tokens.some((token) => text.includes(token)));
      const parse = sites || skipped || (mayHaveFacts?.(text) ?? false);
      if (!factsCache.has(file)) keepText(file, text, parse); // parsed already: nothing to keep
      return { sites, parse };
    },
  };
}

/**
 * Facts of one file, or undefined with a diagnostic saying why it was skipped. `size` (bytes, when
 * the host knows it) lets a huge file be refused before it is read at all.
 */
function parseFile(file: string, size: number | undefined, read: () => string | undefined, interest: ScanInterest, problems: Diagnostic[]): FileFacts | undefined {
  const report = (code: string, message: string, line = 1, column = 1) => problems.push({ file, line, column, code, message });
  if (size !== undefined && size > MAX_FILE_BYTES) {
    report('file-too-large', `skipped: ${size} bytes is over the ${MAX_FILE_BYTES}-byte limit; exclude it in ssot.json if it is generated`);
    return undefined;
  }
  const text = read();
  if (text === undefined) {
    report('file-unreadable', 'skipped: the file was listed but could not be read (deleted during the run, or no permission)');
    return undefined;
  }
  if (text.length > MAX_FILE_BYTES) {
    report('file-too-large', `skipped: ${text.length} characters is over the ${MAX_FILE_BYTES} limit; exclude it in ssot.json if it is generated`);
    return undefined;
  }
  if (text.includes('\u0000')) {
    report('binary-file', 'skipped: the file holds NUL bytes (binary); exclude it in ssot.json');
    return undefined;
  }
  try {
    const facts = scanFile(file, text, interest);
    if (facts.syntaxError) {
      const { line, column, message } = facts.syntaxError;
      report('syntax-error', `syntax error: ${message} (sites the parser recovered are still counted)`, line, column);
    }
    return facts;
  } catch (error) {
    report('scan-failed', `could not be analysed, its sites are not counted: ${describeScanFailure(error)}`);
    return undefined;
  }
}

/** The parser and the walk recurse once per level of nesting: say so rather than quote V8. */
function describeScanFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/call stack/i.test(message)) {
    return `its syntax nests too deeply to walk (${message}); exclude it in ssot.json if it is generated, or split the expression`;
  }
  return message;
}

function collectInterest(entries: CompiledEntry[]): ScanInterest {
  const interest: ScanInterest = { globalRoots: new Set(), globalNewNames: new Set(), literals: new Set() };
  for (const entry of entries) {
    for (const matcher of entry.globals) interest.globalRoots.add(matcher.segments[0]);
    for (const matcher of entry.news) if (matcher.from === undefined) interest.globalNewNames.add(matcher.className);
    for (const literal of entry.literals) interest.literals.add(literal);
  }
  return interest;
}
