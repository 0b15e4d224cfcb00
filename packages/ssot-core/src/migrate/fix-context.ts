import type { SourceFile } from 'ts-morph';
import type { NormalizedEntry } from '../registry/normalized-registry';
import type { Site } from '../result/site';
import type { CompiledRegistry } from '../stages/compile-registry';
import type { WorkspaceIndex } from '../stages/index-workspace';
import type { FileFacts } from '../scan/file-facts';
import type { ImportEdit, TextEdit } from './file-edits';
import type { InMemoryProject } from './in-memory-project';
import type { FixKind } from './migration-plan';
import type { SsotDeclarations } from './ssot-declarations';

/** What the fixes share for a whole run. */
export interface MigrationEnvironment {
  /** The engine's workspace model: files, facts, export chains. */
  index: WorkspaceIndex;
  compiled: CompiledRegistry;
  project: InMemoryProject;
  declarations: SsotDeclarations;
  /** The entry's public specifier (root tsconfig alias or package name; `module` for module entries). */
  getCanonical(entry: NormalizedEntry): string | undefined;
}

/** One file being planned: its facts (the engine's view) and its ts-morph source (the editor's). */
export interface FixContext {
  env: MigrationEnvironment;
  file: string;
  sourceFile: SourceFile;
  facts: FileFacts;
}

export type Decision =
  | { status: 'refused'; reason: string }
  | { status: 'applied'; replacement: string; text?: TextEdit; imports: ImportEdit[] };

/** A fix: which sites it handles, and what it decides for one. */
export interface Fix {
  kind: FixKind;
  /** The site is this fix's to decide (refusals included). */
  handles(site: Site, entry: NormalizedEntry): boolean;
  decide(site: Site, entry: NormalizedEntry, context: FixContext): Decision;
}

export function refuse(reason: string): Decision {
  return { status: 'refused', reason };
}
