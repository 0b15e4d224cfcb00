import type { WorkspaceIndex } from '../stages/index-workspace';
import type { Candidate } from './proposal';

/** Functions that are SSOT-shaped: a factory or accessor (`createX`, `getX`, `makeX`, `useX`). */
const FACTORY_NAME = /^(create|get|make|use)[A-Z]/;

/** A file that only re-exports what another project declares: an old import path kept alive. */
export interface ReexportShim {
  file: string;
  project: string;
  /** Exported name → the workspace file and name it forwards to. */
  forwards: { exported: string; imported: string; target: string }[];
  /** The specifiers other files import the shim with, with how many files use each. */
  importedAs: Map<string, Set<string>>;
}

export interface Inventory {
  /** Exported classes, functions that look like factories or accessors, and distinctive string constants. */
  candidates: Candidate[];
  shims: ReexportShim[];
}

/**
 * What discovery needs beyond the sites: the declarations worth proposing and the re-export shims,
 * read from the same facts (and the same export-chain resolution) the check uses.
 */
export function collectInventory(context: WorkspaceIndex, files: string[]): Inventory {
  const candidates: Candidate[] = [];
  const shims = new Map<string, ReexportShim>();
  for (const file of files) {
    const facts = context.getKeptFacts(file);
    if (!facts) continue;
    const project = context.projects.getOwner(file);
    // Test support code (fixtures, e2e helpers) is no platform SSOT, whatever uses it; its
    // re-export shims still count.
    const proposesSources = !isTestSupport(file);
    for (const declaration of proposesSources ? facts.declarations : []) {
      if (!declaration.exported) continue;
      if (declaration.kind === 'function' && !FACTORY_NAME.test(declaration.name) && !/^[A-Z]/.test(declaration.name)) continue;
      candidates.push({
        id: `${file}#${declaration.name}`,
        name: declaration.name,
        kind: declaration.kind,
        file,
        project,
        members: declaration.members ?? [],
      });
    }
    for (const constant of proposesSources ? facts.constants : []) {
      if (isDistinctiveString(constant.value))
        candidates.push({
          id: `${file}#${constant.name}`,
          name: constant.name,
          kind: 'constant',
          file,
          project,
          members: [],
          value: constant.value,
        });
    }
    const { exports } = facts;
    if (exports.local.length > 0 || exports.aliases.length > 0 || exports.star.length > 0 || exports.from.length === 0) continue;
    const forwards = exports.from.flatMap(({ exported, imported, specifier }) => {
      const chain = context.chains.resolveImport(file, specifier, imported);
      const last = chain.hops[chain.hops.length - 1];
      return last && context.projects.getOwner(last.file) !== project ? [{ exported, imported: last.name, target: last.file }] : [];
    });
    if (forwards.length === exports.from.length) shims.set(file, { file, project, forwards, importedAs: new Map() });
  }
  if (shims.size > 0) recordShimImports(context, files, shims);
  return { candidates, shims: [...shims.values()] };
}

/**
 * A value worth counting as a magic string: four characters or more, not one plain lowercase word
 * (`'user'` and `'name'` are keys everywhere) and not a number or version (`'17.0.0'`, `'^19.0.0'`
 * meet by coincidence); `'yyyy-MM-dd'` and `'application/json'` are.
 */
export function isDistinctiveString(value: string): boolean {
  return value.length >= 4 && !/^[a-z]+$/.test(value) && !/^[~^<>=v]*\d+(\.\d+)*(-[\w.]+)?$/.test(value);
}

function recordShimImports(context: WorkspaceIndex, files: string[], shims: Map<string, ReexportShim>): void {
  for (const file of files) {
    for (const binding of context.getKeptFacts(file)?.bindings ?? []) {
      if (binding.typeOnly) continue;
      const target = context.chains.resolveImport(file, binding.specifier, '*').resolvedFile;
      const shim = target === undefined ? undefined : shims.get(target);
      if (!shim || target === file) continue;
      const importers = shim.importedAs.get(binding.specifier) ?? new Set<string>();
      importers.add(file);
      shim.importedAs.set(binding.specifier, importers);
    }
  }
}

/** A file under a test-support folder (`spec/`, `test/`, `__tests__/`, `fixtures/`, `__fixtures__/`, `e2e/`, `mocks/`). */
export function isTestSupport(file: string): boolean {
  return /(^|\/)(spec|specs|test|tests|__tests__|fixtures|__fixtures__|e2e|mocks|__mocks__)\//.test(file);
}
