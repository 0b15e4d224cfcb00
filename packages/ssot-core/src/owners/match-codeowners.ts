import ignore, { type Ignore } from 'ignore';
import type { CodeownersRule } from './parse-codeowners';

interface CompiledRule {
  owners: string[];
  matches(file: string): boolean;
}

/**
 * A file's code owners: in each section, the last rule that matches it (GitHub's "last match
 * wins"; a GitHub file is one section), then the owners of every section, in file order, without
 * repeats. The patterns are gitignore patterns, read by `ignore` (the matcher of the workspace's
 * ignore files), case-sensitive as on GitHub.
 */
export function createCodeownersMatcher(rules: readonly CodeownersRule[]): (file: string) => string[] {
  const sections = new Map<string, CompiledRule[]>();
  for (const rule of rules) sections.set(rule.section, [...(sections.get(rule.section) ?? []), compileRule(rule)]);
  const cache = new Map<string, string[]>();
  return (file) => {
    let owners = cache.get(file);
    if (owners === undefined) {
      const found = new Set<string>();
      for (const compiled of sections.values()) {
        const last = findLast(compiled, (rule) => rule.matches(file));
        for (const owner of last?.owners ?? []) found.add(owner);
      }
      owners = [...found];
      cache.set(file, owners);
    }
    return owners;
  };
}

function compileRule(rule: CodeownersRule): CompiledRule {
  const compiled = compileWithIgnore(rule);
  // An anchored pattern (a `/` before its end) matches only below its literal start: most rules of a
  // generated CODEOWNERS are `/libs/x/`, and asking `ignore` about every file for each is the cost.
  const slash = rule.pattern.replace(/\/+$/, '').indexOf('/');
  if (slash < 0) return compiled;
  const prefix = rule.pattern.replace(/^\//, '').split(/[*?[\\]/)[0];
  return prefix === '' ? compiled : { owners: compiled.owners, matches: (file) => file.startsWith(prefix) && compiled.matches(file) };
}

function compileWithIgnore(rule: CodeownersRule): CompiledRule {
  const matcher: Ignore = ignore({ ignorecase: false }).add(rule.pattern);
  // `docs/*` owns the files directly in docs/, not those below (GitHub's documented example),
  // whereas gitignore also matches a file below through its matched folder: such a match must not
  // come through the file's folder.
  const direct = /\/\*$/.test(rule.pattern) && !rule.pattern.endsWith('/**/*');
  if (!direct) return { owners: rule.owners, matches: (file) => matcher.ignores(file) };
  return {
    owners: rule.owners,
    matches: (file) => {
      const folder = file.slice(0, file.lastIndexOf('/') + 1);
      return matcher.ignores(file) && (folder === '' || !matcher.ignores(folder));
    },
  };
}

function findLast<T>(items: readonly T[], predicate: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (predicate(items[i])) return items[i];
  return undefined;
}
