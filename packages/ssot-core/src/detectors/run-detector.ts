import type { Finding } from '../result/project-result.generated';
import type { Detector, FindingReport } from './detector';
import { formatMessage } from './format-message';

export type UnfingerprintedFinding = Omit<Finding, 'fingerprint'>;

/** A detector's report → the one finding shape: message filled in, project attributed, optional fields only when set. */
export function toFinding(detector: Detector, report: FindingReport<string>, project: string): UnfingerprintedFinding {
  const template = detector.meta.messages[report.messageId];
  if (template === undefined) throw new Error(`detector ${detector.id} reported an unknown message id "${report.messageId}"`);
  const finding: UnfingerprintedFinding = {
    detector: detector.id,
    messageId: report.messageId,
    message: formatMessage(template, report.data),
    ...(report.entry !== undefined && { entry: report.entry }),
    file: report.file,
    line: report.line,
    column: report.column,
    text: report.text,
    project,
    fix: report.fix,
  };
  if (report.exempt) finding.exempt = true;
  if (report.related && report.related.length > 0) finding.related = report.related.map(({ file, line, column }) => ({ file, line, column }));
  return finding;
}
