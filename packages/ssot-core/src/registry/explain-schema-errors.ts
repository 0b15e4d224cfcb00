/**
 * Turns Ajv's raw errors into one problem per mistake, at the place the user has to edit.
 *
 * Ajv (allErrors) reports every failed branch of a `oneOf`/`anyOf` plus the combinator itself, so a
 * bypass with a misspelt `from` would yield errors from all four matcher kinds. We keep the errors
 * of the one branch the value was evidently meant for (its type, discriminating key or constant
 * fits), else only the combinator's error at the value. Requires a schema without `$ref` (see
 * tools/gen-validators.mjs, which inlines them) so that schema paths nest like the schema does.
 */
import type { ErrorObject } from 'ajv';
import { describeError } from './describe-schema';
import type { JsonProblem } from './json-document';
import { formatFound, formatJsonPath, pointerToSegments, valueAt } from './json-path';

/** Errors that say a branch does not fit the value at all, rather than a mistake inside it. */
const MISMATCH_KEYWORDS = new Set(['type', 'required', 'const', 'enum']);

export function explainSchemaErrors(errors: readonly ErrorObject[], data: unknown): JsonProblem[] {
  const byPath = new Map<string, { problem: JsonProblem; keyword: string }>();
  for (const error of selectErrors(errors)) {
    const problem = toProblem(error, pointerToSegments(error.instancePath, data), data);
    const path = formatJsonPath(problem.segments);
    const previous = byPath.get(path);
    // One problem per place; a wrong type explains everything else reported there.
    if (previous === undefined || (error.keyword === 'type' && previous.keyword !== 'type')) {
      byPath.set(path, { problem, keyword: error.keyword });
    }
  }
  return [...byPath.values()].map((kept) => kept.problem);
}

function toProblem(error: ErrorObject, base: JsonProblem['segments'], data: unknown): JsonProblem {
  const params: Record<string, unknown> = error.params;
  if (error.keyword === 'required' && typeof params.missingProperty === 'string') {
    return { segments: [...base, params.missingProperty], expected: describeError(error), found: 'nothing' };
  }
  if (error.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
    const name = params.additionalProperty;
    return { segments: [...base, name], expected: describeError(error), found: `unknown field "${name}"`, at: 'key' };
  }
  return { segments: base, expected: describeError(error), found: formatFound(valueAt(data, base)) };
}

/** Drops the noise of combinators: recursively keeps only the errors of the branch that was meant. */
function selectErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const combinators = errors.filter(isCombinator);
  const outermost = combinators.filter((c) => !combinators.some((other) => isInside(c, other)));
  let kept = errors.filter((e) => !outermost.some((c) => isInside(e, c)));
  for (const combinator of outermost) {
    const inside = errors.filter((e) => isInside(e, combinator));
    const meant = branchErrors(combinator, inside).filter(
      (branch) => !branch.some((e) => e.instancePath === combinator.instancePath && MISMATCH_KEYWORDS.has(e.keyword)),
    );
    const only = meant.length === 1 ? meant[0] : undefined;
    if (only !== undefined && only.length > 0) {
      kept = kept.filter((e) => e !== combinator).concat(selectErrors(only));
    }
  }
  return kept;
}

function branchErrors(combinator: ErrorObject, inside: readonly ErrorObject[]): ErrorObject[][] {
  const branches = combinator.parentSchema?.[combinator.keyword];
  const count = Array.isArray(branches) ? branches.length : 0;
  return Array.from({ length: count }, (_, i) => {
    const prefix = `${combinator.schemaPath}/${i}/`;
    return inside.filter((e) => e.schemaPath.startsWith(prefix));
  });
}

function isCombinator(error: ErrorObject): boolean {
  return error.keyword === 'oneOf' || error.keyword === 'anyOf';
}

/** True when `error` comes from a branch of `combinator` (same value or below it). */
function isInside(error: ErrorObject, combinator: ErrorObject): boolean {
  if (error === combinator || !isCombinator(combinator)) return false;
  const underValue =
    error.instancePath === combinator.instancePath || error.instancePath.startsWith(`${combinator.instancePath}/`);
  return underValue && error.schemaPath.startsWith(`${combinator.schemaPath}/`);
}
