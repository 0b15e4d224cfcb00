/**
 * The two glob dialects of ssot, in one place and named by what they match, since their `*` rules
 * differ. The plugin imports this module as `ssot-core/globs` when Nx builds the project graph:
 * it loads nothing else of ssot-core (no TypeScript).
 */

/**
 * SPEC §3 project patterns, matched against project names and tags: `*` any run of characters
 * (including `/`, as in `@scope/name`), `?` one character; everything else literal.
 */
export function nameGlobToRegExp(glob: string): RegExp {
  const body = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${body}$`);
}

/**
 * Package-manager workspace patterns (`packages/*`, `apps/**`, `libs/{a,b}/*`), matched against
 * paths like minimatch with default options: `*` and `?` stay inside one path segment, `**` spans
 * any number of segments (none included), and wildcards never match a name that starts with a dot.
 * Written out here so the plugin does not reach into Nx internals.
 */
export function pathGlobToRegExp(glob: string): RegExp {
  const segments = glob.split('/');
  let source = '';
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    if (segment === '**') {
      source += last ? '(?:(?!\\.)[^/]*(?:/(?!\\.)[^/]*)*)?' : '(?:(?!\\.)[^/]*/)*';
    } else {
      source += segmentSource(segment) + (last ? '' : '/');
    }
  });
  return new RegExp(`^${source}$`);
}

function segmentSource(segment: string): string {
  const guard = segment.startsWith('.') ? '' : '(?!\\.)';
  return guard + charactersSource(segment);
}

function charactersSource(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '*') {
      out += '[^/]*';
    } else if (char === '?') {
      out += '[^/]';
    } else if (char === '{' && text.indexOf('}', i) > i) {
      const close = text.indexOf('}', i);
      out += `(?:${text.slice(i + 1, close).split(',').map(charactersSource).join('|')})`;
      i = close;
    } else if (char === '[' && text.indexOf(']', i + 2) > i) {
      const close = text.indexOf(']', i + 2);
      const body = text.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
      out += `[${body}]`;
      i = close;
    } else {
      out += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
  }
  return out;
}
