import type { ScanInterest } from '../scan/file-facts';
import { ExportChains } from '../match/export-chains';
import type { SiteContext } from '../match/find-sites';
import { PublicEntries } from '../match/public-entries';
import type { FileHost } from '../workspace/file-host';
import { createFileSystemHost } from '../workspace/fs-host';
import { ModuleResolver } from '../workspace/module-resolver';
import { TsconfigPathsIndex } from '../workspace/tsconfig-paths-index';
import { WorkspaceProjects, type ProjectInfo } from '../workspace/workspace-projects';
import { createFactsStore, type FactsStore, type FactsStoreOptions } from './facts-store';

export interface IndexWorkspaceOptions {
  /** Absolute path of the workspace root. */
  workspaceRoot: string;
  /** The projects as the workspace defines them (from Nx's project graph in the plugin). */
  projects: ProjectInfo[];
  /** File access; the real file system under `workspaceRoot` when absent. */
  host?: FileHost;
  /** What the scan keeps of globals and literals (`compileRegistry(…).interest`); none when absent. */
  interest?: ScanInterest;
  /** The scan, or a persistent cache in front of it. */
  scan?: FactsStoreOptions['scan'];
  /** What to keep of each file for export chains and detectors (`getFactsRead(detectors)`); all when absent. */
  keep?: FactsStoreOptions['keep'];
}

/**
 * Everything about a workspace that does not depend on which files are analysed: its files, owners,
 * tsconfig paths and workspace packages, module resolution, and each file's facts and export table
 * for barrels. Built once (per registry: the scan keeps the registry's tokens) and asked lazily;
 * every cache lives inside it, so any stage can take it on its own, on any file host.
 */
export interface WorkspaceIndex extends SiteContext, FactsStore {
  root: string;
  host: FileHost;
  projects: WorkspaceProjects;
  tsconfigs: TsconfigPathsIndex;
  resolver: ModuleResolver;
}

const NO_INTEREST: ScanInterest = { globalRoots: new Set(), globalNewNames: new Set(), literals: new Set() };

export function indexWorkspace(options: IndexWorkspaceOptions): WorkspaceIndex {
  const host = options.host ?? createFileSystemHost(options.workspaceRoot);
  const projects = new WorkspaceProjects(options.projects, host);
  const tsconfigs = new TsconfigPathsIndex(host);
  const resolver = new ModuleResolver(host, tsconfigs, projects);
  const store = createFactsStore({ host, interest: options.interest ?? NO_INTEREST, ...(options.scan && { scan: options.scan }), ...(options.keep && { keep: options.keep }) });
  return {
    root: options.workspaceRoot,
    host,
    projects,
    tsconfigs,
    resolver,
    ...store,
    chains: new ExportChains(resolver, store.getKeptFacts, store.mayExport),
    publicEntries: new PublicEntries(host, projects, resolver, tsconfigs),
  };
}
