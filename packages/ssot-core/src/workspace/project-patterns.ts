import { nameGlobToRegExp } from './globs';
import type { ProjectInfo } from './workspace-projects';
import { NO_PROJECT } from './workspace-projects';

/**
 * SPEC §3 project patterns: names and globs (`*` also matches `/`), `!` to exclude, `tag:x` (glob)
 * for tags, `(none)` for files no project owns (`*` does not match it; with a root project at `.`,
 * which `*` matches like any project, there are none). A file is in scope when it
 * matches some positive pattern (or there are only negative ones) and no negative one.
 */
export function createProjectFilter(patterns: string[] | undefined): (project: ProjectInfo | undefined) => boolean {
  if (patterns === undefined) return () => true;
  const positive = patterns.filter((p) => !p.startsWith('!')).map(compile);
  const negative = patterns.filter((p) => p.startsWith('!')).map((p) => compile(p.slice(1)));
  return (project) => {
    const included = positive.length === 0 || positive.some((test) => test(project));
    return included && !negative.some((test) => test(project));
  };
}

function compile(pattern: string): (project: ProjectInfo | undefined) => boolean {
  if (pattern === NO_PROJECT) return (project) => project === undefined;
  if (pattern.startsWith('tag:')) {
    const tag = nameGlobToRegExp(pattern.slice(4));
    return (project) => project !== undefined && project.tags.some((t) => tag.test(t));
  }
  const name = nameGlobToRegExp(pattern);
  return (project) => project !== undefined && name.test(project.name);
}
