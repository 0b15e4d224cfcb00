/**
 * The shape of a detector (STYLE 3): data plus a function. `meta` says what it finds, the messages
 * it reports by id (templates with `{{name}}` holes) and the JSON schema of its options;
 * `defaultOptions` are merged under what `ssot.json` sets. A detector reads facts and sites through
 * its context and reports findings; it never parses, resolves or reads files itself.
 */
import type { CompiledEntry } from '../match/compile-entry';
import type { NormalizedEntry, NormalizedRegistry } from '../registry/normalized-registry';
import type { SchemaNode } from '../registry/describe-schema';
import type { CatchStyleMix, DetectorId, Location, ProjectResult, Site } from '../result/project-result.generated';
import type { KeptFacts } from '../scan/file-facts';
import type { KeptFactName } from '../stages/keep-facts';

export interface DetectorMeta<MessageId extends string> {
  description: string;
  messages: Record<MessageId, string>;
  /** JSON schema of the options object (`ssot.json` `detectors.<id>`). */
  schema: SchemaNode;
}

export interface Detector<Options extends object = object, MessageId extends string = string> {
  id: DetectorId;
  meta: DetectorMeta<MessageId>;
  defaultOptions: Options;
  /**
   * The file facts it reads (of `files` and through `getFacts`), beyond the bindings and exports
   * every analysis keeps; `catchStyles` asks for the project's catch clauses counted by style.
   * The index keeps only what the detectors that are on declare (SPEC §5, tools/bench: memory).
   */
  reads?: readonly DetectorFact[];
  /** Per project (`ssot-check`): findings in the project's own files. */
  detect?(context: ProjectDetectorContext<Options, MessageId>): void;
  /** Across the workspace (the report): findings from every project's result. */
  detectWorkspace?(context: WorkspaceDetectorContext<Options, MessageId>): void;
  /**
   * For a detector that reads file facts: a test of a file's text, false only when the file holds
   * nothing `detect` could report (a prefilter, like the sites': a file no test admits and no
   * matcher needs is not parsed). Absent: the detector reads no file facts.
   */
  createTextFilter?(context: TextFilterContext<Options>): TextFilter;
}

/** File facts a detector may read, and the per-project catch-style counts. */
export type DetectorFact = Exclude<KeptFactName, 'bindings' | 'exports'> | 'catchStyles';

/** Is the file's text worth a parse for this detector? */
export type TextFilter = (text: string) => boolean;

export interface TextFilterContext<Options> {
  options: Options;
  registry: NormalizedRegistry;
  /** Facts of any workspace file, e.g. an SSOT's source. */
  getFacts(file: string): KeptFacts | undefined;
}

/** What a detector reports; the runner fills in the message, project and fingerprint. */
export interface FindingReport<MessageId extends string> extends Location {
  messageId: MessageId;
  /** Values for the message template's `{{name}}` holes. */
  data?: Record<string, string | number>;
  entry?: string;
  text: string;
  fix: string;
  exempt?: boolean;
  related?: Location[];
}

/** A scanned file of the project, with the entries that apply to it (minus those whose source it is). */
export interface DetectorFile {
  file: string;
  facts: KeptFacts;
  entries: CompiledEntry[];
}

/** A site as the detectors see it: SSOT-binding sites (usages, factory bypasses) keep their import specifier. */
export type DetectorSite = Site & { specifier?: string };

export interface ProjectDetectorContext<Options, MessageId extends string> {
  options: Options;
  project: string;
  /** Workspace-relative root of the project (`.` for the root, or for files no project owns). */
  projectRoot: string;
  registry: NormalizedRegistry;
  files: readonly DetectorFile[];
  /** The project's sites, sorted and fingerprinted. */
  sites: readonly DetectorSite[];
  /** The project's catch clauses by style (present when a detector needs them). */
  catchStyles?: CatchStyleMix;
  /** Facts of any workspace file, e.g. an SSOT's source in another project. */
  getFacts(file: string): KeptFacts | undefined;
  /** The specifier consumers should use for the entry: its owner's public entry point, if one exports it. */
  getCanonicalImport(entry: NormalizedEntry): string | undefined;
  report(finding: FindingReport<MessageId>): void;
}

/** What workspace-level detectors read of each project's result. */
export type ProjectFacts = Pick<ProjectResult, 'project' | 'importPaths' | 'catchStyles' | 'sources'>;

export interface WorkspaceDetectorContext<Options, MessageId extends string> {
  options: Options;
  registry: NormalizedRegistry;
  results: readonly ProjectFacts[];
  report(finding: FindingReport<MessageId> & { project: string }): void;
}

/** Where the SSOT lives, for messages: its source file or its module. */
export function describeLocation(entry: NormalizedEntry): string {
  return entry.source ?? entry.module ?? entry.name;
}

/** Where a finding derived from a site stands: the site's place and text, exempt when the site is. */
export function atSite(site: DetectorSite): Pick<FindingReport<string>, 'file' | 'line' | 'column' | 'text' | 'exempt'> {
  return { file: site.file, line: site.line, column: site.column, text: site.text, ...(site.exempt && { exempt: true }) };
}
