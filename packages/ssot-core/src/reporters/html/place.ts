/**
 * A place in the workspace as the server-rendered tables write it: `<code data-file data-line>`. With
 * a `--link-template`, the page's script wraps each one in a link to the code host (see
 * `ssotFillLink`: every filled value URL-encoded, http(s) only), so every table links the same way
 * as the explorer; without one, or when the filled URL would not be http(s), it stays text.
 */
import { html, type SafeHtml } from './escape';

export function placeCode(file: string, line?: number, text: string = line === undefined ? file : `${file}:${line}`): SafeHtml {
  return html`<code data-file="${file}"${line === undefined ? '' : html` data-line="${line}"`}>${text}</code>`;
}
