/**
 * Escaping for GitHub-flavoured Markdown (a PR comment is the main reader). Text from the workspace
 * or the registry (file names, matched snippets, entry, project and tier names, fixes) must come out
 * exactly as written and never as markup, HTML, a link, a table cell break or a mention.
 */

/**
 * HTML-significant characters and those GitHub gives a meaning of its own become entities: `<`,
 * `>` and `&` so no tag or entity gets through, `|` so a table cell cannot be split (the split
 * happens before inline parsing, and an entity is decoded only after it), `` ` `` so no code span
 * opens, `@` so a project like `@acme/web` notifies no team, `$` so no math block opens.
 * Emphasis and link brackets are backslash-escaped, which CommonMark allows for any punctuation.
 */
const REPLACEMENTS: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '|': '&#124;',
  '`': '&#96;',
  '@': '&#64;',
  $: '&#36;',
  '\\': '\\\\',
  '*': '\\*',
  _: '\\_',
  '[': '\\[',
  ']': '\\]',
  '~': '\\~',
};
const SPECIAL = /[&<>|`@$\\*_[\]~]/g;

/** Inline text: escaped, and on one line (a line break would end a table row or a list item). */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r\n?|\n/g, ' ').replace(SPECIAL, (char) => REPLACEMENTS[char]);
}

/**
 * Code-looking inline text (a path, a snippet). A backtick code span cannot hold escaped text (its
 * entities would show literally), but `<code>` is inline HTML whose content is parsed as Markdown,
 * so the escaped text renders as written, in a monospace font.
 */
export function code(text: string): string {
  return `<code>${escapeMarkdown(text)}</code>`;
}

/**
 * A fenced code block (shell commands). Nothing inside a fence is parsed, so the text stays as
 * written; the fence is made longer than any backtick run in it, which is how CommonMark lets a
 * block hold backticks without closing early.
 */
export function codeBlock(lines: string[], language = 'sh'): string {
  const body = lines.join('\n');
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${language}\n${body}\n${fence}`;
}
