import { SsotUsageError } from '../errors';
import { checkLinkTemplate, usesCommit } from './link-template';

describe('checkLinkTemplate', () => {
  it.each([
    ['GitHub', 'https://github.com/acme/repo/blob/{commit}/{file}#L{line}'],
    ['GitLab', 'https://gitlab.com/acme/repo/-/blob/{commit}/{file}#L{line}'],
    ['a branch, no commit, plain http', 'http://git.internal:8080/acme/repo/src/main/{file}?line={line}'],
  ])('takes %s', (_, template) => {
    expect(checkLinkTemplate(template)).toBe(template);
  });

  it.each([
    ['a javascript: URL', 'javascript:alert(1)//{file}', 'must start with http:// or https:// and a host'],
    ['a data: URL', 'data:text/html,{file}', 'must start with http:// or https:// and a host'],
    ['a relative path', '/blob/{file}', 'must start with http:// or https:// and a host'],
    ['a host from the data', 'https://{file}/x', 'must start with http:// or https:// and a host'],
    ['no {file}', 'https://github.com/acme/repo', 'must contain {file}'],
    ['an unknown placeholder', 'https://github.com/acme/repo/blob/{branch}/{file}', 'has unknown placeholder {branch} (known: {commit}, {file}, {line})'],
    ['a malformed URL', 'https://exa mple.com/{file}', 'is not a valid URL'],
  ])('refuses %s, naming the option and the fix', (_, template, why) => {
    let error: unknown;
    try {
      checkLinkTemplate(template);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SsotUsageError);
    expect((error as Error).message).toBe(
      `ssot-report: option "linkTemplate" (--link-template) ${why}, found "${template}". Give an http(s) URL with {file} and optionally {line} and {commit}, e.g. --link-template='https://github.com/acme/repo/blob/{commit}/{file}#L{line}'.`,
    );
  });

  it('says when the template needs the commit', () => {
    expect([usesCommit('https://h/{commit}/{file}'), usesCommit('https://h/main/{file}')]).toEqual([true, false]);
  });
});
