import type { FileFacts, Handle, SitePosition } from '../scan/file-facts';
import type { Side, SiteKind, UsagePattern } from '../result/site';
import { classifyBinding, type BindingView, type Role } from './classify-binding';
import type { CompiledEntry } from './compile-entry';
import type { ChainResolver } from './export-chains';
import type { PublicEntries } from './public-entries';

/** A site before the workspace adds its project, exemption and fingerprint. */
export interface RawSite {
  entry: string;
  side: Side;
  kind: SiteKind;
  line: number;
  column: number;
  text: string;
  pattern?: UsagePattern;
  /** Fingerprint anchors (SPEC §7): the enclosing declaration path and the normalised line's hash. */
  path: string;
  lineHash: string;
  /** Sites of an SSOT binding (usages, factory bypasses): the import specifier as written (for the detectors). */
  specifier?: string;
  /** Bypass sites: the entry's bypass matchers that matched here, by index in its `bypasses` (see countMatcherSites). */
  matchers?: number[];
}

export interface SiteContext {
  chains: ChainResolver;
  publicEntries: PublicEntries;
}

/** SPEC §4 sites of one file for the entries that apply to it: facts × entries. */
export function findSites(facts: FileFacts, entries: CompiledEntry[], context: SiteContext): RawSite[] {
  const views = new Map<string, BindingView>();
  const viewOf = (binding: number, member?: string): BindingView => {
    const key = `${binding}\0${member ?? ''}`;
    let view = views.get(key);
    if (!view) {
      const { specifier, imported } = facts.bindings[binding];
      const name = imported === '*' ? (member ?? '*') : imported;
      const chain = context.chains.resolveImport(facts.file, specifier, name);
      view = { specifier, name, chain, isDeep: context.publicEntries.isDeepImport(facts.file, chain.resolvedFile) };
      views.set(key, view);
    }
    return view;
  };
  const sites: RawSite[] = [];
  for (const compiled of entries) {
    const name = compiled.entry.name;
    const add = (side: Side, kind: SiteKind, at: SitePosition, text: string, pattern?: UsagePattern, specifier?: string) => {
      const site: RawSite = { entry: name, side, kind, line: at.line, column: at.column, text, pattern, path: at.path, lineHash: at.lineHash };
      if (specifier !== undefined) site.specifier = specifier;
      sites.push(site);
    };
    const addBypass = (kind: SiteKind, at: SitePosition, text: string, matchers: number[]) => {
      sites.push({ entry: name, side: 'bypass', kind, line: at.line, column: at.column, text, path: at.path, lineHash: at.lineHash, matchers });
    };
    for (const ref of facts.refs) {
      const view = viewOf(ref.binding, ref.member);
      const role = classifyBinding(compiled, view);
      const newMatchers = ref.isNew && ref.newAt !== undefined ? compiled.news.filter((m) => m.from !== undefined && matchesNewFrom(view, m.className, m.from)).map((m) => m.matcher) : [];
      const newMatched = newMatchers.length > 0;
      if (newMatched && ref.newAt) addBypass('new', ref.newAt, ref.text, role?.side === 'bypass' ? [...newMatchers, ...role.matchers] : newMatchers);
      if (!role) continue;
      if (role.side === 'usage') {
        if (ref.isNew && compiled.entry.factory !== undefined && !role.isFactory) add('bypass', 'factory-bypass', ref, ref.text, undefined, view.specifier);
        else add('usage', 'ref', ref, ref.text, role.pattern, view.specifier);
      } else if (!newMatched) {
        addBypass('ref', ref, ref.text, role.matchers);
      }
    }
    const handleRoles = new Map<number, HandleRole | undefined>();
    for (const access of facts.handleAccesses) {
      let found = handleRoles.get(access.handle);
      if (!handleRoles.has(access.handle)) {
        found = classifyHandle(compiled, facts.handles[access.handle], viewOf);
        handleRoles.set(access.handle, found);
      }
      if (!found) continue;
      const { role, specifier } = found;
      if (role.side === 'usage') add('usage', 'handle', access, access.text, role.pattern, specifier);
      else addBypass('handle', access, access.text, role.matchers);
    }
    for (const ref of facts.globals) {
      for (const matcher of compiled.globals) {
        if (startsWith(ref.segments, matcher.segments)) addBypass('global', ref, matcher.path, [matcher.matcher]);
      }
      if (ref.isNew && ref.newAt && ref.segments.length === 1) {
        const className = ref.segments[0];
        const matchers = compiled.news.filter((m) => m.from === undefined && m.className === className).map((m) => m.matcher);
        if (matchers.length > 0) addBypass('new', ref.newAt, `new ${className}`, matchers);
      }
    }
    for (const literal of facts.literals) {
      const matchers = compiled.literalMatchers.get(literal.value);
      if (matchers) addBypass('literal', literal, literal.text, matchers);
    }
    for (const module of facts.modules) {
      const matchers = compiled.imports.filter((matcher) => matchesModuleSite(facts.file, module, matcher, context.chains)).map((matcher) => matcher.matcher);
      if (matchers.length > 0) addBypass('module', module, module.text, matchers);
    }
  }
  return dedupe(sites);
}

/** A handle's role, with the specifier of the binding that decided it. */
interface HandleRole {
  role: Role;
  specifier: string;
}

function classifyHandle(compiled: CompiledEntry, handle: Handle, viewOf: (binding: number, member?: string) => BindingView): HandleRole | undefined {
  if (handle.init) {
    const view = viewOf(handle.init.binding, handle.init.member);
    const role = classifyBinding(compiled, view);
    // A call makes a handle only when it is the entry's factory; `new` and `inject()` always do.
    const qualifies = role !== undefined && (handle.init.kind !== 'call' || (role.side === 'usage' && role.isFactory));
    if (qualifies) return { role, specifier: view.specifier };
  }
  if (!handle.annotation) return undefined;
  const view = viewOf(handle.annotation.binding, handle.annotation.member);
  const role = classifyBinding(compiled, view);
  return role && { role, specifier: view.specifier };
}

function matchesNewFrom(view: BindingView, className: string, from: { matchesSpecifier(s: string): boolean; matchesFile(f: string): boolean }): boolean {
  if (view.name === className && from.matchesSpecifier(view.specifier)) return true;
  return view.chain.hops.some((hop) => hop.name === className && from.matchesFile(hop.file));
}

function matchesModuleSite(
  file: string,
  module: FileFacts['modules'][number],
  matcher: CompiledEntry['imports'][number],
  chains: ChainResolver,
): boolean {
  const { pattern, names } = matcher;
  if (module.form === 'export-named') {
    const listed = module.names ?? [];
    const wanted = listed.filter((name) => !names || names.has(name));
    if (wanted.length > 0 && pattern.matchesSpecifier(module.specifier)) return true;
    return listed.some((name) => chains.resolveImport(file, module.specifier, name).hops.some((hop) => pattern.matchesFile(hop.file) && (!names || names.has(hop.name))));
  }
  // Side-effect imports and bare requires count only for matchers without `names`.
  if ((module.form === 'import' || module.form === 'require') && names) return false;
  if (pattern.matchesSpecifier(module.specifier)) return true;
  const resolved = chains.resolveImport(file, module.specifier, '*').resolvedFile;
  return resolved !== undefined && pattern.matchesFile(resolved);
}

function startsWith(segments: string[], prefix: string[]): boolean {
  return prefix.length <= segments.length && prefix.every((segment, index) => segments[index] === segment);
}

/** One site per (entry, side, line, column): the first found wins, and takes the matchers of the others. */
function dedupe(sites: RawSite[]): RawSite[] {
  const seen = new Map<string, RawSite>();
  return sites.filter((site) => {
    const key = `${site.entry}\0${site.side}\0${site.line}\0${site.column}`;
    const kept = seen.get(key);
    if (kept === undefined) {
      seen.set(key, site);
      return true;
    }
    if (site.matchers) kept.matchers = [...new Set([...(kept.matchers ?? []), ...site.matchers])].sort((a, b) => a - b);
    return false;
  });
}
