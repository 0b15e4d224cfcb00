/**
 * HTML built so that escaping is the default: the `html` tag escapes every interpolated string and
 * number, and inserts only fragments that are themselves results of `html` (`SafeHtml`) as they are.
 * Text from the workspace or the registry therefore cannot open a tag or leave an attribute, in the
 * page or in the inline SVG, unless someone wraps it in `SafeHtml` by hand (nobody should).
 */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** Text and (double-quoted) attribute values alike; NUL, which HTML drops or replaces, shows as U+FFFD. */
export function escapeHtml(text: string): string {
  return text.replace(/\0/g, '\uFFFD').replace(/[&<>"'`]/g, (char) => ENTITIES[char]);
}

/** A fragment of markup we made; the only thing `html` inserts unescaped. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = string | number | SafeHtml | readonly HtmlValue[] | null | undefined | false;

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (typeof value === 'string' || typeof value === 'number') return escapeHtml(String(value));
  if (value instanceof SafeHtml) return value.value;
  return value.map(render).join('');
}

/** Tagged template: `html\`<td>${name}</td>\`` escapes `name`; nested `html` fragments and arrays of them pass through. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0];
  values.forEach((value, index) => {
    out += render(value) + strings[index + 1];
  });
  return new SafeHtml(out);
}
