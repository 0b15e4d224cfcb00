import type { KeptFacts } from '../scan/file-facts';
import type { ModuleResolver } from '../workspace/module-resolver';

/** One step of an export chain: `name` as exported by `file`. */
export interface Hop {
  file: string;
  name: string;
}

export interface Chain {
  /** Every (file, exported name) the chain passes through, from the imported module onwards. */
  hops: Hop[];
  /** The module the import resolved to, when it is a workspace file. */
  resolvedFile?: string;
}

/** What site finding asks of export chains (an editor records the chains one file's sites came from). */
export interface ChainResolver {
  resolveImport(fromFile: string, specifier: string, imported: string): Chain;
}

/**
 * Follows export chains across workspace files (SPEC §4): `export *`, `export { a as b } from`,
 * `import { a } …; export { a }`, and `export default <imported name>`. Cycles are cut without
 * losing names that another branch reaches; results are memoised per run.
 */
export class ExportChains implements ChainResolver {
  private readonly memo = new Map<string, Hop[] | null>();
  private cuts = 0;

  constructor(
    private readonly resolver: ModuleResolver,
    private readonly getFacts: (file: string) => KeptFacts | undefined,
    /** A cheap text test: false only when the file cannot export `name` (so it need not be parsed). */
    private readonly mayExport: (file: string, name: string) => boolean = () => true,
  ) {}

  /** The chain of `imported` (`*` for the module itself) imported with `specifier` from `fromFile`. */
  resolveImport(fromFile: string, specifier: string, imported: string): Chain {
    const resolution = this.resolver.resolve(fromFile, specifier);
    if (resolution.kind === 'external') return { hops: [] };
    if (imported === '*') return { hops: [], resolvedFile: resolution.file };
    return { hops: this.resolveExport(resolution.file, imported, new Set()) ?? [], resolvedFile: resolution.file };
  }

  /** The hops by which `file` exports `name`, or undefined when it does not. */
  resolveExport(file: string, name: string, seen: Set<string>): Hop[] | undefined {
    const key = `${file}\0${name}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known ?? undefined;
    if (seen.has(key)) {
      this.cuts += 1;
      return undefined;
    }
    seen.add(key);
    const cutsBefore = this.cuts;
    const found = this.findExport(file, name, seen);
    seen.delete(key);
    // A miss caused by cutting a cycle may be a hit from another starting point: memoise hits and clean misses only.
    if (found || this.cuts === cutsBefore) this.memo.set(key, found ?? null);
    return found;
  }

  private findExport(file: string, name: string, seen: Set<string>): Hop[] | undefined {
    if (!this.mayExport(file, name)) return undefined;
    const facts = this.getFacts(file);
    if (!facts) return undefined;
    const here: Hop = { file, name };
    const { exports } = facts;
    if (exports.local.includes(name)) return [here];
    const alias = exports.aliases.find((a) => a.exported === name);
    if (alias) {
      const binding = facts.bindings.find((b) => b.local === alias.local);
      if (!binding) return [here];
      return [here, ...this.followImport(file, binding.specifier, binding.imported, seen)];
    }
    const from = exports.from.find((f) => f.exported === name);
    if (from) return [here, ...this.followImport(file, from.specifier, from.imported, seen)];
    if (name === 'default') return undefined;
    for (const specifier of exports.star) {
      const resolution = this.resolver.resolve(file, specifier);
      if (resolution.kind !== 'file') continue;
      const rest = this.resolveExport(resolution.file, name, seen);
      if (rest) return [here, ...rest];
    }
    return undefined;
  }

  private followImport(file: string, specifier: string, imported: string, seen: Set<string>): Hop[] {
    if (imported === '*') return [];
    const resolution = this.resolver.resolve(file, specifier);
    if (resolution.kind !== 'file') return [];
    return this.resolveExport(resolution.file, imported, seen) ?? [];
  }
}
