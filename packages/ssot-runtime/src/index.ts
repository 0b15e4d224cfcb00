// The public API of ssot-runtime, nothing else. Zero dependencies; every module is free of side
// effects, so bundlers keep only what is imported.
export { createRegistry, RegistryError } from './registry';
export type {
  Registry,
  RegistryErrorCode,
  RegistryKey,
  RegistryOptions,
  RegisterOptions,
  UniversalRegistry,
} from './registry';
export { createScopedFactory, ScopedFactoryError } from './scoped-factory';
export type { ContextArgs, ScopedFactory, ScopedFactoryErrorCode, ScopedFactoryOptions } from './scoped-factory';
export { createConstructionGuard, ConstructionGuardError } from './construction-guard';
export type { ConstructionGuard, ConstructionGuardOptions, GuardMode } from './construction-guard';
export { deprecatedAlias } from './deprecated-alias';
export type { DeprecatedAliasOptions } from './deprecated-alias';
export { SsotRuntimeError } from './runtime-error';
export type { WarnSink, WarningDetails } from './warn-sink';
