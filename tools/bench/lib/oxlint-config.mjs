// The oxlint config for the oxlint rows: the same rule blocks as ESLint's (lib/eslint-config.mjs
// derives them from ssot.json), as `.oxlintrc.json` with one override per scoped project. oxlint
// has no `no-restricted-syntax`, so `new X`, literals and member paths deeper than `a.b` are left
// out: the problem counts are compared without that rule's share (see `comparableEslintProblems`).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

// At the root: oxlint resolves the overrides' globs against the config file's folder.
export const OXLINT_CONFIG_FILE = 'bench.oxlintrc.json';
const UNSUPPORTED = ['no-restricted-syntax'];
const COMPARED = ['no-restricted-globals', 'no-restricted-properties', 'no-restricted-imports'];

/** `{ config, leftOut }`: the oxlint config for these blocks, and the rules oxlint cannot run. */
export function toOxlintConfig(blocks) {
  const leftOut = new Set();
  const keep = (rules) =>
    Object.fromEntries(
      Object.entries(rules).filter(([name, setting]) => {
        if (!UNSUPPORTED.includes(name)) return true;
        if (setting !== 'off') leftOut.add(name);
        return false;
      }),
    );
  const [base, ...scoped] = blocks;
  const config = {
    // Nothing but these rules: no default plugins, no default category (correctness is on by default).
    plugins: [],
    categories: { correctness: 'off' },
    ignorePatterns: ['dist/**', '.nx/**', 'node_modules/**', '.bench/**'],
    rules: keep(base?.rules ?? {}),
    ...(scoped.length > 0 && { overrides: scoped.map((block) => ({ files: block.files, rules: keep(block.rules) })) }),
  };
  return { config, leftOut: [...leftOut] };
}

/**
 * ESLint's problems on the rules oxlint runs too: the figure to put beside oxlint's count. Other
 * rule ids are left out as well: a real workspace's `eslint-disable` comments name plugin rules
 * this config lacks, and ESLint reports each such comment as a problem of that rule.
 */
export function comparableEslintProblems(byRule) {
  return Object.entries(byRule ?? {})
    .filter(([rule]) => COMPARED.includes(rule))
    .reduce((sum, [, count]) => sum + count, 0);
}

export function writeOxlintConfig(workspace, blocks) {
  const { config, leftOut } = toOxlintConfig(blocks);
  writeFileSync(join(workspace, OXLINT_CONFIG_FILE), `${JSON.stringify(config, null, 2)}\n`);
  return { file: join(workspace, OXLINT_CONFIG_FILE), leftOut };
}
