import type { ESLint, Linter, Rule } from 'eslint';
import { noBypass } from './rules/no-bypass';
import { noKnownBypass } from './rules/no-known-bypass';
import { noLegacyPath } from './rules/no-legacy-path';
import { noUnusedSuppression } from './rules/no-unused-suppression';

const rules: Record<string, Rule.RuleModule> = {
  'no-bypass': noBypass,
  'no-known-bypass': noKnownBypass,
  'no-unused-suppression': noUnusedSuppression,
  'no-legacy-path': noLegacyPath,
};

const recommendedRules: Linter.RulesRecord = {
  'ssot/no-bypass': 'error',
  'ssot/no-known-bypass': 'off',
  // A stale or unexplained suppression is worth fixing, not worth blocking a commit: ssot-check lists it as a diagnostic too.
  'ssot/no-unused-suppression': 'warn',
  'ssot/no-legacy-path': 'warn',
};

/** The files `ssot-check` reads (its default include); parsing TypeScript needs a parser, see the README. */
const SOURCE_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts', '**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs'];

const plugin: ESLint.Plugin & { configs: Record<string, Linter.Config | Linter.LegacyConfig> } = {
  meta: { name: 'eslint-plugin-ssot', version: '0.1.0' },
  rules,
  configs: {},
};

/** ESLint 9 flat config: `export default [ssot.configs.recommended]`. */
const recommended: Linter.Config = { name: 'ssot/recommended', files: SOURCE_FILES, plugins: { ssot: plugin }, rules: recommendedRules };
/**
 * ESLint 8 `.eslintrc`: `"extends": ["plugin:ssot/legacy-recommended"]` (ESLint's own advice for a
 * plugin that serves both systems: one name cannot hold both shapes). The override's `files` make
 * `eslint .` lint TypeScript files without `--ext`, as the flat config's `files` do.
 */
const legacyRecommended: Linter.LegacyConfig = { plugins: ['ssot'], overrides: [{ files: SOURCE_FILES, rules: recommendedRules }] };
plugin.configs.recommended = recommended;
plugin.configs['legacy-recommended'] = legacyRecommended;

export = plugin;
