/**
 * Test helper for detector specs, in the manner of ESLint's RuleTester: each case is code in an
 * in-memory workspace, run through the real pipeline (scan → match → detect, the workspace-level
 * merge included) with only the detector under test switched on.
 */
import { analyze } from '../analyze';
import { DETECTORS } from '../detectors';
import type { Detector } from '../detectors/detector';
import type { DetectorSetting, NormalizedEntry } from '../registry/normalized-registry';
import type { Finding } from '../result/project-result.generated';
import { createMemoryHost } from '../workspace/memory-host';
import { registry, TEST_PROJECTS, TEST_TSCONFIG } from './memory-workspace';

/** The file a case's `code` is written to, unless the case names another. */
export const CASE_FILE = 'apps/app/src/a.ts';

export interface DetectorCase {
  /** What the row shows; the code itself when absent. */
  name?: string;
  code: string;
  /** Where `code` goes (default `apps/app/src/a.ts`, project `app`). */
  file?: string;
  /** Other workspace files (the SSOT's source, barrels, more consumers). */
  files?: Record<string, string>;
  entries?: NormalizedEntry[];
  options?: Record<string, unknown>;
}

export interface ExpectedFinding {
  messageId: string;
  line: number;
  column: number;
  /** Defaults to the case's file. */
  file?: string;
}

export interface InvalidDetectorCase extends DetectorCase {
  errors: ExpectedFinding[];
}

/** The findings of one case, in result order. */
export function runDetectorCase(detector: Detector, testCase: DetectorCase, defaults: Pick<DetectorCase, 'files' | 'entries'> = {}): Finding[] {
  const detectors: Record<string, DetectorSetting> = {};
  for (const id of Object.keys(DETECTORS)) detectors[id] = id === detector.id ? (testCase.options ?? {}) : 'off';
  const files = { 'tsconfig.base.json': TEST_TSCONFIG, ...defaults.files, ...testCase.files, [testCase.file ?? CASE_FILE]: testCase.code };
  const result = analyze({
    workspaceRoot: '/memory',
    host: createMemoryHost(files),
    registry: registry(testCase.entries ?? defaults.entries ?? [], { detectors }),
    projects: TEST_PROJECTS,
    today: '2026-06-01',
  });
  return result.findings;
}

/** What a case's expectation compares: message id and place. */
export function toExpected(finding: Finding, caseFile: string): ExpectedFinding {
  return finding.file === caseFile
    ? { messageId: finding.messageId, line: finding.line, column: finding.column }
    : { messageId: finding.messageId, line: finding.line, column: finding.column, file: finding.file };
}

export function caseName(testCase: DetectorCase): string {
  return testCase.name ?? testCase.code.replace(/\s+/g, ' ').trim().slice(0, 80);
}
