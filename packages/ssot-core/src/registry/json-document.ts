/**
 * A configuration file parsed once into its value and a syntax tree, so that every later problem
 * (schema, semantics, workspace) can be placed at a line and column of the file.
 */
import { findNodeAtLocation, getLocation, getNodePath, getNodeValue, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { Node, ParseError } from 'jsonc-parser';
import { SsotConfigError } from '../errors';
import type { ConfigProblem } from '../errors';
import { formatJsonPath } from './json-path';
import type { JsonSegment } from './json-path';

/** A problem known by its JSON location, before it is placed in the file. */
export interface JsonProblem {
  segments: JsonSegment[];
  expected: string;
  found: string;
  /** Point at the property's key rather than its value (an unknown or repeated field). */
  at?: 'key' | 'value';
  /** The exact offset in the text, when the problem was found in the syntax tree itself. */
  offset?: number;
}

export interface JsonDocument {
  file: string;
  value: unknown;
  /** Keys given twice in one object: JSON.parse would silently keep the last. */
  duplicateKeys: JsonProblem[];
  /** The problems placed in the file and sorted by position, as the one error to throw. */
  toError(problems: JsonProblem[]): SsotConfigError;
  /** The 1-based line and column of the value at `segments` (or of its nearest existing ancestor). */
  locate(segments: readonly JsonSegment[]): { line: number; column: number };
}

const SYNTAX_EXPECTED: Record<string, string> = {
  InvalidSymbol: 'a JSON value',
  InvalidNumberFormat: 'a JSON number',
  PropertyNameExpected: 'a field name in double quotes (JSON allows no trailing comma)',
  ValueExpected: 'a JSON value (JSON allows no trailing comma)',
  ColonExpected: '":"',
  CommaExpected: '","',
  CloseBraceExpected: '"}"',
  CloseBracketExpected: '"]"',
  EndOfFileExpected: 'the end of the file',
  InvalidCommentToken: 'no comments (JSON has none; use a "$comment" field)',
  UnexpectedEndOfComment: 'no comments (JSON has none; use a "$comment" field)',
  UnexpectedEndOfString: 'a closing double quote',
  UnexpectedEndOfNumber: 'a digit',
  InvalidUnicode: 'a \\uXXXX escape',
  InvalidEscapeCharacter: 'a valid escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u)',
  InvalidCharacter: 'no control characters inside a string',
};

/** Parses strict JSON; a syntax error throws at once (later errors would only be its echoes). */
export function parseJsonDocument(rawText: string, file: string): JsonDocument {
  // Editors do not count a byte-order mark as a column.
  const text = rawText.replace(/^\uFEFF/, '');
  const lineStarts = computeLineStarts(text);
  const position = (offset: number) => toLineColumn(lineStarts, offset);
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  if (first !== undefined || tree === undefined) {
    const offset = first?.offset ?? 0;
    const code = first ? printParseErrorCode(first.error) : 'ValueExpected';
    const token = text.slice(offset, offset + Math.max(first?.length ?? 0, 1));
    const problem: ConfigProblem = {
      file,
      path: formatJsonPath(getLocation(text, offset).path),
      expected: SYNTAX_EXPECTED[code] ?? 'valid JSON',
      found: token === '' ? 'the end of the file' : JSON.stringify(token),
      ...position(offset),
    };
    throw new SsotConfigError([problem]);
  }

  const locate = (problem: JsonProblem) => {
    if (problem.offset !== undefined) return position(problem.offset);
    const node = findNearestNode(tree, problem.segments);
    const key = problem.at === 'key' && node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
    return position((key ?? node).offset);
  };
  return {
    file,
    value: getNodeValue(tree),
    duplicateKeys: findDuplicateKeys(tree),
    locate: (segments) => locate({ segments: [...segments], expected: '', found: '' }),
    toError(problems) {
      // A place can break a schema rule and a semantic rule at once; one message per place is enough.
      const unique = problems.filter(
        (p, i) => problems.findIndex((q) => formatJsonPath(q.segments) === formatJsonPath(p.segments)) === i,
      );
      const placed = unique.map((p) => ({
        file,
        path: formatJsonPath(p.segments),
        expected: p.expected,
        found: p.found,
        ...locate(p),
      }));
      placed.sort((a, b) => a.line - b.line || a.column - b.column || a.path.localeCompare(b.path));
      return new SsotConfigError(placed);
    },
  };
}

/** The node at the location, or its nearest ancestor that exists (a missing key sits in its object). */
function findNearestNode(tree: Node, segments: readonly JsonSegment[]): Node {
  for (let length = segments.length; length > 0; length--) {
    const node = findNodeAtLocation(tree, segments.slice(0, length));
    if (node !== undefined) return node;
  }
  return tree;
}

function findDuplicateKeys(node: Node): JsonProblem[] {
  const problems: JsonProblem[] = [];
  if (node.type === 'object') {
    const seen = new Set<string>();
    for (const property of node.children ?? []) {
      const key = property.children?.[0];
      if (key === undefined || typeof key.value !== 'string') continue;
      if (seen.has(key.value)) {
        problems.push({
          segments: [...getNodePath(node), key.value],
          expected: 'each field at most once in an object',
          found: `"${key.value}" a second time`,
          offset: key.offset,
        });
      }
      seen.add(key.value);
    }
  }
  for (const child of node.children ?? []) problems.push(...findDuplicateKeys(child));
  return problems;
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
  }
  return starts;
}

/** 1-based line and column; columns count UTF-16 units, as editors show them. */
function toLineColumn(lineStarts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (lineStarts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - lineStarts[low] + 1 };
}
