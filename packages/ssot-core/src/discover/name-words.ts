/** `UnifiedJSONHandler` → ['Unified', 'JSON', 'Handler']: camel case with acronyms kept whole. */
export function splitWords(name: string): string[] {
  return name.match(/[A-Z0-9]+(?![a-z])|[A-Z0-9]?[a-z0-9]+/g) ?? [name];
}
