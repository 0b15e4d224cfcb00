/** Fills a message template's `{{name}}` holes (ESLint's convention); a hole without a value is a bug in the detector. */
export function formatMessage(template: string, data: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{\{\s*([\w-]+)\s*\}\}/g, (_hole, name: string) => {
    const value = data[name];
    if (value === undefined) throw new Error(`message template "${template}" has no value for {{${name}}}`);
    return String(value);
  });
}
