import type { RegistryEntry } from 'ssot-core';
import { renderJson } from '../shared/render-json';

/**
 * Adds `entry` at the end of the top-level `entries` array of a registry's text, leaving every
 * other byte as the user wrote it: rewriting the whole file would reflow hand-formatted entries
 * and make the change hard to review. The text must be a valid registry (strict JSON, no
 * comments), which the caller has checked with `parseRegistry`; the result is checked again.
 */
export function appendRegistryEntry(text: string, entry: RegistryEntry): string {
  return appendEntry(text, entry);
}

function appendEntry(text: string, entry: unknown): string {
  // A one-line file has no layout to keep, and entries appended inside the line would be unreadable.
  if (!text.trim().includes('\n')) return relayOneLineRegistry(text, entry);
  const array = findEntriesArray(text);
  if (array === undefined) throw new Error('appendRegistryEntry: no top-level "entries" array in the registry text');
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const unit = detectIndentUnit(text);
  const outer = indentOfLine(text, array.open);
  const inner = outer + unit;
  const rendered = renderJson(entry, { unit, indent: inner }).split('\n').join(newline);
  const before = text.slice(0, array.close).trimEnd();
  if (before.endsWith('[')) {
    return `${before}${newline}${inner}${rendered}${newline}${outer}${text.slice(array.close)}`;
  }
  const last = before.length;
  return `${text.slice(0, last)},${newline}${inner}${rendered}${text.slice(last)}`;
}

/** Lays the registry out with an empty `entries` (key order kept), then appends every entry as above. */
function relayOneLineRegistry(text: string, entry: unknown): string {
  const registry: unknown = JSON.parse(text);
  if (typeof registry !== 'object' || registry === null || !('entries' in registry) || !Array.isArray(registry.entries)) {
    throw new Error('appendRegistryEntry: no top-level "entries" array in the registry text');
  }
  const skeleton = Object.fromEntries(Object.entries(registry).map(([key, value]) => [key, key === 'entries' ? [] : value]));
  const entries: unknown[] = [...registry.entries, entry];
  return entries.reduce<string>((laidOut, each) => appendEntry(laidOut, each), `${renderJson(skeleton, { unit: '  ' })}\n`);
}

/** Offsets of `[` and `]` of the top-level `"entries": [...]`, found by a JSON-aware scan. */
function findEntriesArray(text: string): { open: number; close: number } | undefined {
  let depth = 0;
  let lastString: string | undefined;
  let open: number | undefined;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '"') {
      const end = endOfString(text, i);
      // At depth 1 the string just before `:` `[` is the key of that array.
      if (depth === 1) lastString = String(JSON.parse(text.slice(i, end + 1)));
      i = end;
    } else if (char === '{' || char === '[') {
      if (depth === 1 && char === '[' && lastString === 'entries') open = i;
      depth += 1;
    } else if (char === '}' || char === ']') {
      depth -= 1;
      if (depth === 1 && open !== undefined) return { open, close: i };
    } else if (char === ',' && depth === 1) {
      lastString = undefined;
    }
  }
  return undefined;
}

/** Offset of the closing quote of the string that opens at `start`. */
function endOfString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i += 1) {
    if (text[i] === '\\') i += 1;
    else if (text[i] === '"') return i;
  }
  return text.length - 1;
}

/** The file's indentation step: the leading whitespace of its first indented line; two spaces if none. */
function detectIndentUnit(text: string): string {
  return /^([ \t]+)\S/m.exec(text)?.[1] ?? '  ';
}

function indentOfLine(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, offset))?.[0] ?? '';
}
