/**
 * A short, stack-free description of a value for messages: `class JsonHandler`,
 * `function parse`, `JsonHandler instance`, `object`, `string`. Capturing a stack to name a caller
 * is slow and differs between engines; the value itself is usually what the reader recognises.
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'function') {
    const name = value.name || 'anonymous';
    // Native class syntax is the only reliable sign of a class; transpiled classes read as functions.
    return Function.prototype.toString.call(value).startsWith('class') ? `class ${name}` : `function ${name}`;
  }
  if (value === null) return 'null';
  if (typeof value === 'object') {
    const prototype: unknown = Object.getPrototypeOf(value);
    const constructorName = getConstructorName(prototype);
    return constructorName && constructorName !== 'Object' ? `${constructorName} instance` : 'object';
  }
  return typeof value;
}

function getConstructorName(prototype: unknown): string | undefined {
  if (typeof prototype !== 'object' || prototype === null) return undefined;
  const ctor: unknown = Object.getOwnPropertyDescriptor(prototype, 'constructor')?.value;
  return typeof ctor === 'function' && ctor.name ? ctor.name : undefined;
}

/** A key as messages show it: strings quoted, other primitives as written, objects described. */
export function describeKey(key: unknown): string {
  if (typeof key === 'string') return JSON.stringify(key);
  if (typeof key === 'object' || typeof key === 'function') return describeValue(key);
  return String(key);
}
