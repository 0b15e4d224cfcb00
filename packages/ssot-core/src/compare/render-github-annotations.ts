import type { BypassChange, CompareReport } from './compare-model.generated';

/**
 * GitHub Actions workflow commands for the new bypasses: `::error` for `error` entries the baseline
 * does not know (they fail), `::warning` for the other `error` and `warn` entries; `off` entries only
 * count. Values are escaped as GitHub's workflow-command docs require: `%`, CR and LF in the
 * message; also `:` and `,` in properties, which would otherwise end them.
 */
export function renderGithubAnnotations(report: CompareReport): string[] {
  return report.bypasses.new.flatMap((site) => {
    const level = annotationLevel(site);
    if (level === undefined) return [];
    const properties = [`file=${escapeProperty(site.file)}`, `line=${site.line}`, `col=${site.column}`, `title=${escapeProperty(`ssot: new bypass of ${site.entry}`)}`];
    const message = `${site.text}: ${site.fix} (project ${site.project}${site.known === true ? ', recorded in its baseline' : ''})`;
    return [`::${level} ${properties.join(',')}::${escapeData(message)}`];
  });
}

function annotationLevel(site: BypassChange): 'error' | 'warning' | undefined {
  if (site.enforce === 'error') return site.known === true ? 'warning' : 'error';
  return site.enforce === 'warn' ? 'warning' : undefined;
}

export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
