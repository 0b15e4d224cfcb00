/**
 * CODEOWNERS, as GitHub and GitLab read it: one rule per line, `pattern owner…`, `#` comments,
 * `\` escapes (`\#`, `\ `), and GitLab's sections (`[Name]`, `^[Optional]`, `[Name][2]`, each with
 * default owners for its rules that name none). The patterns are matched in `match-codeowners.ts`.
 */

export interface CodeownersRule {
  /** The pattern as written, escapes kept (the matcher reads them as gitignore does). */
  pattern: string;
  owners: string[];
  /** 1-based line in the file. */
  line: number;
  /** The GitLab section, lower-cased (GitLab merges sections whose names differ only in case); '' before any. */
  section: string;
}

export interface CodeownersProblem {
  line: number;
  message: string;
}

export interface ParsedCodeowners {
  rules: CodeownersRule[];
  /** Lines skipped, as GitHub skips a line it cannot read. */
  problems: CodeownersProblem[];
}

// `@user`, `@org/team`, GitLab's `@group/sub/group` and `@@role`, or an e-mail address.
const OWNER = /^(@@?[\w.-]+(\/[\w.-]+)*|[^@\s]+@[^@\s]+)$/;
const SECTION = /^(\^)?\[([^\]]*)\](?:\[(\d+)\])?(?=\s|$)(.*)$/;

export function parseCodeowners(text: string): ParsedCodeowners {
  const rules: CodeownersRule[] = [];
  const problems: CodeownersProblem[] = [];
  let section = '';
  let sectionOwners: string[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const tokens = tokenize(raw);
    if (tokens.length === 0) return;
    const header = SECTION.exec(raw.trim());
    if (header) {
      const name = header[2].trim();
      if (name === '') return problems.push({ line, message: 'a section needs a name, e.g. [Backend]' });
      const owners = tokenize(header[4]);
      const bad = owners.find((owner) => !OWNER.test(owner));
      if (bad !== undefined) return problems.push({ line, message: describeBadOwner(bad) });
      section = name.toLowerCase();
      sectionOwners = owners;
      return;
    }
    const [pattern, ...owners] = tokens;
    if (pattern.startsWith('[') && !pattern.includes(']')) return problems.push({ line, message: `unterminated section header "${pattern}": write [Name]` });
    if (pattern.startsWith('!')) return problems.push({ line, message: `"${pattern}": negated patterns are not supported by CODEOWNERS; list the paths that are owned instead` });
    if (/(^|[^\\])\[/.test(pattern)) return problems.push({ line, message: `"${pattern}": character ranges [ ] are not supported by CODEOWNERS; write each path` });
    const bad = owners.find((owner) => !OWNER.test(owner));
    if (bad !== undefined) return problems.push({ line, message: describeBadOwner(bad) });
    // GitLab: a rule that names no owner takes its section's; GitHub has no sections, so none.
    rules.push({ pattern, owners: owners.length > 0 ? owners : sectionOwners, line, section });
  });
  return { rules, problems };
}

function describeBadOwner(token: string): string {
  return `"${token}" is not an owner: write @user, @org/team or an e-mail address (a # starts a comment only after a space)`;
}

/** Splits on unescaped white space and stops at an unescaped `#` that starts a token (a comment). */
function tokenize(line: string): string[] {
  const tokens: string[] = [];
  let current = '';
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (char === '\\' && i + 1 < line.length) {
      current += char + line[i + 1];
      i++;
    } else if (/\s/.test(char)) {
      if (current !== '') tokens.push(current);
      current = '';
    } else if (char === '#' && current === '') {
      break;
    } else {
      current += char;
    }
  }
  if (current !== '') tokens.push(current);
  return tokens;
}
