import { applyEdits, findNodeAtLocation, parseTree, type Edit, type Node } from 'jsonc-parser';

/**
 * nx.json's text with `plugin` appended to its `plugins` (the list created when absent), as a
 * minimal edit: every other byte — indentation, comments, key order, what follows the object —
 * stays as the user wrote it. jsonc-parser's `modify` is not used for the layout because its
 * formatter also reformats the line the insertion follows (an inline `{ "a": 1 }` item is expanded).
 */
export function insertPluginEntry(text: string, plugin: string): string {
  const root = parseTree(text, [], { allowTrailingComma: true });
  if (root?.type !== 'object') throw new Error(`nx.json: expected an object at the top level, found ${root?.type ?? 'nothing'}`);
  const item = JSON.stringify(plugin);
  const plugins = findNodeAtLocation(root, ['plugins']);
  if (plugins === undefined) return applyEdits(text, appendChild(text, root, `"plugins": [${item}]`));
  if (plugins.type !== 'array') throw new Error(`nx.json: expected "plugins" to be a list, found ${plugins.type}`);
  return applyEdits(text, appendChild(text, plugins, item));
}

/** Edits that add `child` (an item or a `"key": value` member, as text) after the container's last child, laid out like it. */
function appendChild(text: string, container: Node, child: string): Edit[] {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const last = container.children?.[container.children.length - 1];
  const close = container.offset + container.length - 1;
  if (last === undefined) {
    // `[]` and `{}` (with only blanks between): a list takes the item inline, an object one member per line.
    const blank = text.slice(container.offset + 1, close).trim() === '';
    const opening = container.type === 'array' ? child : `${eol}${indentOf(text, container.offset)}  ${child}${eol}${indentOf(text, container.offset)}`;
    return [{ offset: container.offset + 1, length: blank ? close - container.offset - 1 : 0, content: blank ? opening : `${child} ` }];
  }
  const lastEnd = last.offset + last.length;
  // Children on the opening line (`["@nx/js"]`, `{ "a": 1 }`): one more on that line.
  if (!text.slice(container.offset, last.offset).includes('\n')) return [{ offset: lastEnd, length: 0, content: `, ${child}` }];
  const lineEnd = endOfLine(text, lastEnd);
  const rest = text.slice(lastEnd, lineEnd);
  const comma = rest.trimStart().startsWith(',') ? '' : ',';
  const line = `${eol}${indentOf(text, last.offset)}${child}`;
  // A comment that ends the last child's line stays with that child; the new one goes on the next line.
  if (lineEnd <= close) return [{ offset: lastEnd, length: 0, content: comma }, { offset: lineEnd, length: 0, content: line }];
  return [{ offset: lastEnd, length: 0, content: `${comma}${line}` }];
}

/** The blanks that start the line holding `offset`. */
function indentOf(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, offset))?.[0] ?? '';
}

/** The offset of the line break (`\r\n` or `\n`) that ends the line holding `offset`, or the text's end. */
function endOfLine(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  if (newline === -1) return text.length;
  return text[newline - 1] === '\r' ? newline - 1 : newline;
}
