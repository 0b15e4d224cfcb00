/* eslint-disable */
/**
 * GENERATED from packages/ssot-plugin/src/generators/class/schema.json by tools/gen-types.mjs: do not edit by hand.
 * Change the schema, then run `npm run gen:types`; a unit test fails while this file is stale.
 */

/**
 * Scaffolds a new single source of truth (SSOT) class in a project (the class, optionally its scoped factory built with ssot-runtime, a spec, an export from the project's entry point) and registers it in the registry (ssot.json) with the bypasses it replaces. Refuses to overwrite files or to register a name twice.
 */
export interface ClassGeneratorSchema {
  /**
   * The class name, a PascalCase identifier such as PaymentGateway. Also the registry entry's name and export; the files are named in kebab-case (payment-gateway.ts).
   */
  name: string;
  /**
   * The Nx project that owns the class.
   */
  project: string;
  /**
   * Also generate a factory get<Name>(contextKey) built with ssot-runtime's createScopedFactory (one instance per context key, such as a user or tenant id), guard the class so that `new` outside the factory throws, and register the factory (new <Name>() elsewhere then counts as a factory bypass).
   */
  factory?: boolean;
  /**
   * What the SSOT replaces, registered as its bypasses. A global path (JSON.parse, console, process.env, import.meta.env, fetch...) becomes { "global": ... }; anything else, a module specifier or glob (axios, lodash/*), becomes { "import": ... }. Prefix with global: or import: to choose explicitly (import:process). Repeat the option or separate values with commas.
   */
  replaces?: string[];
  /**
   * The entry's priority: ranks its action items in the report (priority x bypass count).
   */
  priority?: 'critical' | 'high' | 'medium' | 'low';
  /**
   * Who owns the SSOT, e.g. @platform/payments (shown in the report). Omitted from the entry when not given.
   */
  owner?: string;
  /**
   * The folder for the files, relative to the project root (e.g. src/payments); it must stay inside the project. Default: <sourceRoot>/lib/<kebab-name>.
   */
  directory?: string;
  /**
   * With --factory, do not add ssot-runtime to the root package.json when the workspace does not declare it yet.
   */
  skipPackageJson?: boolean;
  /**
   * Do not format the files the generator changed.
   */
  skipFormat?: boolean;
}
