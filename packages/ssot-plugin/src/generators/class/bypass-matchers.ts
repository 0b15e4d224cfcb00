import type { RegistryEntry } from 'ssot-core';

export type RegistryBypass = NonNullable<RegistryEntry['bypasses']>[number];

/**
 * Roots of the globals `--replaces` recognises without a prefix: the ones an SSOT usually wraps.
 * `crypto` is left out on purpose: in Node code it is more often the module (`global:crypto` for
 * the web global); `process` is in, as the module of that name is only a browser polyfill.
 */
const GLOBAL_ROOTS = new Set([
  'JSON', 'Math', 'Date', 'Intl', 'Reflect', 'console', 'process', 'globalThis', 'window', 'document',
  'navigator', 'location', 'history', 'localStorage', 'sessionStorage', 'indexedDB', 'fetch',
  'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'queueMicrotask', 'structuredClone',
  'performance', 'Buffer', 'XMLHttpRequest', 'WebSocket', 'EventSource',
]);
const DOTTED_PATH = /^[A-Za-z_$][A-Za-z0-9_$]*(\.[A-Za-z_$][A-Za-z0-9_$]*)*$/;

export type BypassParse = { bypass: RegistryBypass } | { problem: string };

/**
 * One `--replaces` value → a bypass matcher. `global:` / `import:` choose explicitly; otherwise a
 * dotted path rooted at a known global (`JSON.parse`, `console`, `process.env`, `import.meta.env`)
 * is a global and anything else a module specifier or glob (`stripe`, `chart.js`, `lodash/*`).
 */
export function parseBypass(raw: string): BypassParse {
  const value = raw.trim();
  const prefixed = /^(global|import):(.*)$/.exec(value);
  const kind = prefixed ? prefixed[1] : looksGlobal(value) ? 'global' : 'import';
  const target = (prefixed ? prefixed[2] : value).trim();
  if (target === '') return { problem: `--replaces "${raw}": expected a module specifier or a global path, found nothing` };
  if (kind === 'global') {
    if (!DOTTED_PATH.test(target)) {
      return { problem: `--replaces "${raw}": a global is a dotted path such as JSON.parse or process.env` };
    }
    return { bypass: { global: target } };
  }
  if (/^[\\/]/.test(target) || /^[A-Za-z]:/.test(target) || target.split(/[\\/]/).includes('..')) {
    return { problem: `--replaces "${raw}": a module specifier or workspace-relative file (no ".." segments, not absolute)` };
  }
  return { bypass: { import: target } };
}

function looksGlobal(value: string): boolean {
  if (!DOTTED_PATH.test(value)) return false;
  if (value.startsWith('import.meta')) return true;
  return GLOBAL_ROOTS.has(value.split('.')[0]);
}
