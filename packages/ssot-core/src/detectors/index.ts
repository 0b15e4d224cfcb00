/**
 * Every anti-pattern detector (SPEC §5), by id: the one map the engine, the configuration check and
 * the docs read. Order is the order they run and are documented in.
 */
import type { DetectorId } from '../result/project-result.generated';
import type { Detector } from './detector';
import { duplicateImplementation } from './duplicate-implementation';
import { factoryBypass } from './factory-bypass';
import { inconsistentErrorHandling } from './inconsistent-error-handling';
import { legacyShim } from './legacy-shim';
import { multipleImportPaths } from './multiple-import-paths';
import { silentFailure } from './silent-failure';

export const DETECTORS: Readonly<Record<DetectorId, Detector>> = {
  'duplicate-implementation': duplicateImplementation,
  'factory-bypass': factoryBypass,
  'silent-failure': silentFailure,
  'multiple-import-paths': multipleImportPaths,
  'inconsistent-error-handling': inconsistentErrorHandling,
  'legacy-shim': legacyShim,
};

export function isDetectorId(id: string): id is DetectorId {
  return Object.prototype.hasOwnProperty.call(DETECTORS, id);
}
