import { Node, type CallExpression, type Signature, type Type } from 'ts-morph';
import type { CallableInfo } from './ssot-declarations';

/**
 * SPEC §8 "never changes behaviour it cannot prove equal", for `new X(args)` → `factory(args)`:
 * the factory must take the constructor's parameters — same arity, same rest position, and where
 * both sides are annotated the same type text. Undefined when they fit, else the reason.
 */
export function compareFactoryToConstructor(constructor: CallableInfo, factory: CallableInfo): string | undefined {
  const ctor = constructor.params;
  const made = factory.params;
  if (ctor.length !== made.length) {
    return `${factory.label} takes ${count(made.length, 'parameter')} where ${constructor.label} takes ${ctor.length}`;
  }
  for (const [index, param] of ctor.entries()) {
    const other = made[index];
    if (param.rest !== other.rest) return `parameter ${index + 1} is a rest parameter on one side only (${constructor.label} vs ${factory.label})`;
    if (param.type !== undefined && other.type !== undefined && param.type !== other.type) {
      return `parameter ${index + 1} is \`${param.type}\` in ${constructor.label} but \`${other.type}\` in ${factory.label}`;
    }
  }
  return undefined;
}

/** The call passes `passed` arguments (`spread`: one of them is `...x`): does `callable` accept them? */
export function checkArgumentCount(callable: CallableInfo, passed: number, spread: boolean): string | undefined {
  const params = callable.params;
  const hasRest = params.length > 0 && params[params.length - 1].rest;
  if (spread && !hasRest) return `a spread argument cannot be matched to the parameters of ${callable.label}`;
  const required = params.filter((p) => !p.optional && !p.rest).length;
  if (passed < required) return `${callable.label} requires ${count(required, 'argument')}; the call passes ${passed}`;
  if (!hasRest && passed > params.length) return `${callable.label} takes at most ${count(params.length, 'argument')}; the call passes ${passed}`;
  return undefined;
}

/**
 * A global call → the replacement: some signature of the replacement must accept the call's
 * argument count, and, where the checker knows the global's own signature (TypeScript's lib), take
 * at each passed position every type the global took and, when the result is used, return
 * something the global's result type accepts. Undefined when it fits, else the reason (from the first signature).
 */
export function checkReplacementCall(call: CallExpression, replacement: readonly Signature[], label: string): string | undefined {
  const args = call.getArguments();
  const spread = args.some((arg) => Node.isSpreadElement(arg));
  const original = getOriginalSignature(call);
  // A call whose value is dropped (`console.log(x);`) does not care what the replacement returns.
  const resultUsed = !Node.isExpressionStatement(call.getParent());
  let firstReason: string | undefined;
  for (const signature of replacement) {
    const reason = fitSignature(signature, original, args.length, spread, call, label, resultUsed);
    if (reason === undefined) return undefined;
    firstReason ??= reason;
  }
  return firstReason ?? `${label} is not callable`;
}

function fitSignature(
  signature: Signature,
  original: Signature | undefined,
  passed: number,
  spread: boolean,
  at: Node,
  label: string,
  resultUsed: boolean,
): string | undefined {
  const shape = describeSignature(signature, label);
  const arity = checkArgumentCount(shape, passed, spread);
  if (arity) return arity;
  if (!original) return undefined;
  for (let index = 0; index < passed; index += 1) {
    const wanted = parameterTypeAt(signature, index, at);
    const given = parameterTypeAt(original, index, at);
    if (!wanted || !given || accepts(wanted, given)) continue;
    return `argument ${index + 1}: ${label} takes \`${wanted.getText()}\` where the global takes \`${given.getText()}\``;
  }
  if (!resultUsed) return undefined;
  const returned = signature.getReturnType();
  const expected = original.getReturnType();
  if (!accepts(expected, returned)) return `${label} returns \`${returned.getText()}\` where the global returns \`${expected.getText()}\``;
  return undefined;
}

/** The global's signature the checker resolved for this call, when it is declared outside the file (lib). */
function getOriginalSignature(call: CallExpression): Signature | undefined {
  const signature = call.getProject().getTypeChecker().getResolvedSignature(call);
  const declaration = signature?.getDeclaration();
  if (!signature || !declaration || declaration.getSourceFile() === call.getSourceFile()) return undefined;
  return signature;
}

/** `target` accepts every value of `source`; type parameters, `any` and `unknown` accept anything. */
function accepts(target: Type, source: Type): boolean {
  if (target.isTypeParameter() || target.isAny() || target.isUnknown()) return true;
  return source.isAssignableTo(target);
}

function parameterTypeAt(signature: Signature, index: number, at: Node): Type | undefined {
  const params = signature.getParameters();
  const last = params[params.length - 1];
  const lastDeclaration = last?.getValueDeclaration();
  const hasRest = Node.isParameterDeclaration(lastDeclaration) && lastDeclaration.isRestParameter();
  if (index < params.length - (hasRest ? 1 : 0)) return params[index].getTypeAtLocation(at);
  if (!hasRest) return undefined;
  const restType = last.getTypeAtLocation(at);
  return restType.getArrayElementType() ?? restType;
}

function describeSignature(signature: Signature, label: string): CallableInfo {
  const params = signature.getParameters().map((symbol) => {
    const declaration = symbol.getValueDeclaration();
    const isParameter = Node.isParameterDeclaration(declaration);
    return {
      name: symbol.getName(),
      optional: isParameter && (declaration.hasQuestionToken() || declaration.hasInitializer()),
      rest: isParameter && declaration.isRestParameter(),
    };
  });
  return { label, params, returnsPromise: false };
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
