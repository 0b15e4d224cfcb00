/**
 * `ssot.json` `detectors` → the detectors to run and their options: each detector's options are
 * validated against its `meta.schema` and merged over its `defaultOptions`, once, at the boundary.
 */
import type { ValidateFunction } from 'ajv';
import { SsotConfigError } from '../errors';
import { explainSchemaErrors } from '../registry/explain-schema-errors';
import type { JsonProblem } from '../registry/json-document';
import { formatFound, formatJsonPath } from '../registry/json-path';
import type { DetectorSetting, NormalizedRegistry } from '../registry/normalized-registry';
import type { DetectorId } from '../result/project-result.generated';
import type { Detector } from './detector';
import { DETECTORS, isDetectorId } from './index';

export interface ConfiguredDetector {
  detector: Detector;
  options: object;
}

const validators = new Map<DetectorId, ValidateFunction>();

/** Problems of the settings, at `$.detectors.<id>…`; none when every id is known and every option fits. */
export function checkDetectorSettings(settings: Record<string, DetectorSetting> | undefined): JsonProblem[] {
  const problems: JsonProblem[] = [];
  for (const [id, setting] of Object.entries(settings ?? {})) {
    if (!isDetectorId(id)) {
      problems.push({ segments: ['detectors', id], expected: `a detector id: ${Object.keys(DETECTORS).join(', ')}`, found: formatFound(id), at: 'key' });
      continue;
    }
    if (setting === 'off') continue;
    // `$comment` is allowed anywhere in ssot.json (SPEC §3); it is no option.
    const { $comment: _comment, ...options } = setting;
    const validate = getValidator(id);
    if (validate(options)) continue;
    for (const problem of explainSchemaErrors(validate.errors ?? [], options)) problems.push({ ...problem, segments: ['detectors', id, ...problem.segments] });
  }
  return problems;
}

/** The detectors that are on, in `DETECTORS` order, with their options; bad settings throw `SsotConfigError`. */
export function configureDetectors(registry: NormalizedRegistry): ConfiguredDetector[] {
  const settings = registry.detectors ?? {};
  const problems = checkDetectorSettings(settings);
  if (problems.length > 0) {
    throw new SsotConfigError(problems.map((p) => ({ file: 'ssot.json', path: formatJsonPath(p.segments), expected: p.expected, found: p.found })));
  }
  const configured: ConfiguredDetector[] = [];
  for (const detector of Object.values(DETECTORS)) {
    const setting = settings[detector.id];
    if (setting === 'off') continue;
    const { $comment: _comment, ...options } = setting ?? {};
    configured.push({ detector, options: { ...detector.defaultOptions, ...options } });
  }
  return configured;
}

function getValidator(id: DetectorId): ValidateFunction {
  let validate = validators.get(id);
  if (!validate) {
    // Loaded here, not at the top: only an ssot.json that sets detector options needs Ajv's compiler
    // (20 ms to load); the registry's own validator is precompiled (tools/gen-validators.mjs).
    const { Ajv }: typeof import('ajv') = require('ajv');
    // `verbose` keeps each error's schema, which `explainSchemaErrors` turns into words.
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
    validate = ajv.compile(DETECTORS[id].meta.schema);
    validators.set(id, validate);
  }
  return validate;
}
