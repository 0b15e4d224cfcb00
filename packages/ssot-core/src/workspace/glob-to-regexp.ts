/**
 * The small glob dialect of package-manager workspace patterns (`packages/*`, `apps/**`,
 * `libs/{a,b}/*`), matched like minimatch with default options: `*` and `?` stay inside one path
 * segment, `**` spans any number of segments (none included), and wildcards never match a name
 * that starts with a dot. Kept here so the plugin does not reach into Nx internals.
 */
export function globToRegExp(glob: string): RegExp {
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
