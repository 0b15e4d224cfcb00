import { createHash } from 'node:crypto';
import { compareStrings } from '../result/fingerprint';
import type { Finding } from '../result/project-result.generated';

/**
 * Sorts findings by place and gives each a content fingerprint like a site's (SPEC §7): detector +
 * entry + file + text + occurrence (the n-th finding with those, in position order), no line numbers.
 */
export function finalizeFindings(findings: Omit<Finding, 'fingerprint'>[]): Finding[] {
  const occurrences = new Map<string, number>();
  return [...findings].sort(compareFindings).map((finding) => {
    const key = `${finding.detector}\0${finding.entry ?? ''}\0${finding.file}\0${finding.text}`;
    const occurrence = occurrences.get(key) ?? 0;
    occurrences.set(key, occurrence + 1);
    return { ...finding, fingerprint: createHash('sha1').update(`${key}\0${occurrence}`).digest('hex').slice(0, 16) };
  });
}

export function compareFindings(a: Omit<Finding, 'fingerprint'>, b: Omit<Finding, 'fingerprint'>): number {
  return (
    compareStrings(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareStrings(a.detector, b.detector) ||
    compareStrings(a.entry ?? '', b.entry ?? '') ||
    compareStrings(a.messageId, b.messageId) ||
    compareStrings(a.text, b.text)
  );
}
