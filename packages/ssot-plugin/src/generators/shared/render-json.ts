/**
 * JSON laid out as registries are written by hand (and kept by prettier): the value itself one
 * member per line, and each nested object or array on one line while that line fits in `width`
 * (`"bypasses": [{ "import": "stripe" }]`). A new entry then reads like its neighbours.
 */
export interface RenderJsonOptions {
  /** One level of indentation. */
  unit: string;
  /** The indentation of the line the value starts on; every later line is indented from it. */
  indent?: string;
  width?: number;
}

export function renderJson(value: unknown, options: RenderJsonOptions): string {
  return expand(value, options.indent ?? '', options.unit, options.width ?? 100);
}

/** The value on one line: `{ "a": 1 }`, `[1, 2]`. */
export function renderInline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(renderInline).join(', ')}]`;
  if (isRecord(value)) {
    const members = definedMembers(value).map(([key, member]) => `${JSON.stringify(key)}: ${renderInline(member)}`);
    return members.length === 0 ? '{}' : `{ ${members.join(', ')} }`;
  }
  return JSON.stringify(value);
}

function expand(value: unknown, indent: string, unit: string, width: number): string {
  const inner = indent + unit;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((item) => inner + fit(item, inner, 0, unit, width));
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  if (isRecord(value)) {
    const members = definedMembers(value);
    if (members.length === 0) return '{}';
    const lines = members.map(([key, member]) => {
      const prefix = `${JSON.stringify(key)}: `;
      return inner + prefix + fit(member, inner, prefix.length, unit, width);
    });
    return `{\n${lines.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/** Inline when the whole line (indent, key, value, comma) fits; expanded otherwise. */
function fit(value: unknown, indent: string, prefixLength: number, unit: string, width: number): string {
  const inline = renderInline(value);
  return indent.length + prefixLength + inline.length + 1 <= width ? inline : expand(value, indent, unit, width);
}

/** As JSON.stringify does, members whose value is undefined are left out. */
function definedMembers(value: Record<string, unknown>): Array<[string, unknown]> {
  return Object.entries(value).filter(([, member]) => member !== undefined);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
