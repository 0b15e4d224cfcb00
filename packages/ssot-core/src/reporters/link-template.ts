/**
 * `--link-template`: a code-host URL with `{file}`, `{line}` and `{commit}` that report.html fills
 * for every place. Only http(s) templates are taken, so a filled link can only ever open a web page;
 * the page URL-encodes each value it fills in (a path keeps its `/`).
 */
import { SsotUsageError } from '../errors';

export const LINK_TEMPLATE_PLACEHOLDERS = ['{commit}', '{file}', '{line}'] as const;

const EXAMPLE = "'https://github.com/acme/repo/blob/{commit}/{file}#L{line}'";

/** The template as given, when it is an absolute http(s) URL that names `{file}`; else a usage error naming the option and the fix. */
export function checkLinkTemplate(template: string, option = 'linkTemplate'): string {
  const fail = (why: string) =>
    new SsotUsageError(`ssot-report: option "${option}" (--link-template) ${why}, found "${template}". Give an http(s) URL with {file} and optionally {line} and {commit}, e.g. --link-template=${EXAMPLE}.`);
  if (!/^https?:\/\/[^/{}?#\s]+/i.test(template)) throw fail('must start with http:// or https:// and a host');
  if (!template.includes('{file}')) throw fail('must contain {file}');
  let parsed: URL;
  try {
    parsed = new URL(template.replace(/\{(commit|file|line)\}/g, 'x'));
  } catch {
    throw fail('is not a valid URL');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw fail('must be an http(s) URL');
  const unknown = template.match(/\{[^}]*\}/g)?.filter((token) => !(LINK_TEMPLATE_PLACEHOLDERS as readonly string[]).includes(token)) ?? [];
  if (unknown.length > 0) throw fail(`has unknown placeholder ${unknown[0]} (known: ${LINK_TEMPLATE_PLACEHOLDERS.join(', ')})`);
  return template;
}

/** Whether the template needs the report's commit. */
export function usesCommit(template: string): boolean {
  return template.includes('{commit}');
}
