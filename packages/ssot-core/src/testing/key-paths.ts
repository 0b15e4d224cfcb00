/**
 * Every key path of a plain value, an own property set to `undefined` included (`refs.3.member`).
 * Jest's `toEqual` passes over such properties and `toStrictEqual` (like `isDeepStrictEqual`) also
 * compares prototypes, which differ for objects that `node:v8` deserialises outside jest's sandbox:
 * `toEqual` plus equal key paths is "the same data" whatever realm built it.
 */
export function listKeyPaths(value: unknown, at = ''): string[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.keys(value)
    .sort()
    .flatMap((key) => {
      const path = at === '' ? key : `${at}.${key}`;
      return [path, ...listKeyPaths((value as Record<string, unknown>)[key], path)];
    });
}
