/** JSONPath-style locations (`$.entries[0].bypasses[2].frm`) and short renderings of found values. */
export type JsonSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function formatJsonPath(segments: readonly JsonSegment[]): string {
  let path = '$';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) path += `.${segment}`;
    else path += `['${segment.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
  }
  return path;
}

/**
 * Ajv reports JSON Pointers (`/entries/0/name`). A segment is an array index only where the data
 * holds an array, so a key spelled `"0"` in an object stays a key.
 */
export function pointerToSegments(pointer: string, data: unknown): JsonSegment[] {
  if (pointer === '') return [];
  const segments: JsonSegment[] = [];
  let current = data;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(current)) {
      const index = Number(key);
      segments.push(index);
      current = current[index];
    } else {
      segments.push(key);
      current = isRecord(current) ? current[key] : undefined;
    }
  }
  return segments;
}

export function valueAt(data: unknown, segments: readonly JsonSegment[]): unknown {
  let current = data;
  for (const segment of segments) {
    if (Array.isArray(current) && typeof segment === 'number') current = current[segment];
    else if (isRecord(current) && typeof segment === 'string') current = current[segment];
    else return undefined;
  }
  return current;
}

/** What was found, for a message: short JSON, or `nothing` when the value is absent. */
export function formatFound(value: unknown, max = 60): string {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value);
  return json.length <= max ? json : `${json.slice(0, max - 1)}…`;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
