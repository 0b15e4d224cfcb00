/**
 * A workspace with planted SSOTs, rivals and distractors, and its key written by hand: what a
 * careful engineer would register after reading it. Quality of `discover` is measured against it
 * (precision and recall), never against a run of `discover`.
 */
import type { WorkspaceProject } from '../../analyze';

export const PLANTED_PROJECTS: WorkspaceProject[] = [
  { name: 'shop', root: 'apps/shop', tags: ['scope:backend'] },
  { name: 'admin', root: 'apps/admin', tags: ['scope:frontend'] },
  { name: 'http', root: 'libs/http', tags: [] },
  { name: 'telemetry', root: 'libs/telemetry', tags: [] },
  { name: 'cache', root: 'libs/cache', tags: [] },
  { name: 'orders', root: 'libs/orders', tags: [] },
  { name: 'old', root: 'libs/old', tags: [] },
  { name: 'shared-utils', root: 'libs/shared-utils', tags: [] },
];

/** The key: each planted SSOT with the fields a proposal must carry to count as found. */
export const PLANTED_KEY: {
  name: string;
  source: string;
  fields: Record<string, unknown>;
}[] = [
  {
    name: 'HttpClient',
    source: 'libs/http/src/http-client.ts',
    fields: {
      bypasses: [{ global: 'fetch' }],
      legacyPaths: ['@acme/old-http'],
    },
  },
  {
    name: 'AppLogger',
    source: 'libs/telemetry/src/app-logger.ts',
    fields: { bypasses: [{ global: 'console' }] },
  },
  {
    name: 'CacheStore',
    source: 'libs/cache/src/cache-store.ts',
    fields: { duplicates: ['*CacheStore'] },
  },
  {
    name: 'Clock',
    source: 'libs/telemetry/src/clock.ts',
    fields: { factory: 'createClock' },
  },
  {
    name: 'OrderRepository',
    source: 'libs/orders/src/order-repository.ts',
    fields: {},
  },
  {
    name: 'AppSettings',
    source: 'libs/orders/src/app-settings.ts',
    fields: { bypasses: [{ global: 'process.env' }] },
  },
  {
    name: 'ORDER_DATE_FORMAT',
    source: 'libs/orders/src/formats.ts',
    fields: { bypasses: [{ literal: 'dd.MM.yyyy' }] },
  },
  {
    // The shared folder, though each of its copies is used more than it is.
    name: 'InsertChange',
    source: 'libs/shared-utils/utility/change.ts',
    // Its file's two classes are one entry: each import of a copy counts once.
    fields: {
      export: ['InsertChange', 'RemoveChange'],
      duplicates: ['*InsertChange', '*RemoveChange'],
      bypasses: [
        { import: 'libs/cache/shared-utils/utility/change.ts', names: ['InsertChange', 'RemoveChange'] },
        { import: 'libs/orders/shared-utils/utility/change.ts', names: ['InsertChange', 'RemoveChange'] },
      ],
    },
  },
];

export const PLANTED_FILES: Record<string, string> = {
  'tsconfig.base.json': JSON.stringify({
    compilerOptions: {
      paths: {
        '@acme/http': ['libs/http/src/index.ts'],
        '@acme/telemetry': ['libs/telemetry/src/index.ts'],
        '@acme/cache': ['libs/cache/src/index.ts'],
        '@acme/orders': ['libs/orders/src/index.ts'],
        '@acme/old-http': ['libs/old/src/http.ts'],
        '@acme/shared-utils/*': ['libs/shared-utils/*'],
      },
    },
  }),
  // libs/http: the HTTP client, and an old home of it that only re-exports it.
  'libs/http/src/index.ts': `export * from './http-client';\n`,
  'libs/http/src/http-client.ts': `export class HttpClient {\n  async get(url: string) { return fetch(url); }\n}\n`,
  'libs/old/src/http.ts': `export { HttpClient } from '@acme/http';\n`,
  // libs/telemetry: a logger, and a clock with its factory.
  'libs/telemetry/src/index.ts': `export * from './app-logger';\nexport * from './clock';\n`,
  'libs/telemetry/src/app-logger.ts': `export class AppLogger {\n  info(message: string) { return message; }\n  error(message: string) { return message; }\n}\n`,
  'libs/telemetry/src/clock.ts': `export class Clock {\n  now() { return 0; }\n}\nexport function createClock(): Clock { return new Clock(); }\n`,
  // libs/cache: the cache; apps/admin has its own rival.
  'libs/cache/src/index.ts': `export * from './cache-store';\n`,
  'libs/cache/src/cache-store.ts': `export class CacheStore {\n  get(key: string) { return key; }\n}\n`,
  'apps/admin/src/local-cache-store.ts': `export class LocalCacheStore {\n  get(key: string) { return key; }\n}\n`,
  // libs/shared-utils: a shared folder, copied into libs/cache and libs/orders (as build scripts vendor it).
  'libs/shared-utils/utility/change.ts': `export class InsertChange {\n  apply(text: string) { return text; }\n}\nexport class RemoveChange {\n  undo(text: string) { return text; }\n}\n`,
  'libs/cache/shared-utils/utility/change.ts': `export class InsertChange {\n  apply(text: string) { return text; }\n}\nexport class RemoveChange {\n  undo(text: string) { return text; }\n}\nexport function createInsertChange() { return new InsertChange(); }\n`,
  'libs/orders/shared-utils/utility/change.ts': `export class InsertChange {\n  apply(text: string) { return text; }\n}\nexport class RemoveChange {\n  undo(text: string) { return text; }\n}\n`,
  'libs/cache/src/migrate-keys.ts': `import { createInsertChange } from '../shared-utils/utility/change';\nexport const migrateKeys = (text: string) => createInsertChange().apply(text);\n`,
  'libs/cache/src/migrate-index.ts': `import { createInsertChange } from '../shared-utils/utility/change';\nexport const migrateIndex = (text: string) => createInsertChange().apply(text);\n`,
  'libs/cache/src/migrate-values.ts': `import { InsertChange, RemoveChange } from '../shared-utils/utility/change';\nexport const migrateValues = (text: string) => new RemoveChange().undo(new InsertChange().apply(text));\n`,
  'libs/orders/src/migrate-orders.ts': `import { InsertChange, RemoveChange } from '../shared-utils/utility/change';\nexport const migrateOrders = (text: string) => new RemoveChange().undo(new InsertChange().apply(text));\n`,
  'apps/admin/src/setup.ts': `import { InsertChange } from '@acme/shared-utils/utility/change';\nexport const setup = () => new InsertChange().apply('admin');\n`,
  // A serializer of router state, injected in the files that also write JSON: named for a role, not for JSON.
  'apps/admin/src/route-state-serializer.ts': `export abstract class RouteStateSerializer {\n  abstract serialize(url: string): string;\n}\n`,
  'apps/admin/src/router-sync.ts': [
    `import { RouteStateSerializer } from './route-state-serializer';`,
    `export class RouterSync {`,
    `  constructor(private readonly serializer: RouteStateSerializer) {}`,
    `  save(url: string) { return JSON.stringify(this.serializer.serialize(url)); }`,
    `}`,
  ].join('\n'),
  'apps/admin/src/router-restore.ts': [
    `import { RouteStateSerializer } from './route-state-serializer';`,
    `export class RouterRestore {`,
    `  constructor(private readonly serializer: RouteStateSerializer) {}`,
    `  restore(text: string) { return this.serializer.serialize(JSON.parse(text)); }`,
    `}`,
  ].join('\n'),
  // libs/orders: a repository injected everywhere, and the settings service.
  'libs/orders/src/index.ts': `export * from './order-repository';\nexport * from './app-settings';\nexport * from './order';\nexport * from './formats';\n`,
  // A date format written out again in two files; a version constant only ever referenced (a distractor).
  'libs/orders/src/formats.ts': `export const ORDER_DATE_FORMAT = 'dd.MM.yyyy';\nexport const API_VERSION = 'v2-beta';\n`,
  'libs/orders/src/order-repository.ts': `export class OrderRepository {\n  find(id: string) { return id; }\n}\n`,
  'libs/orders/src/app-settings.ts': `export class AppSettings {\n  get(name: string) { return name; }\n}\n`,
  // A data shape passed around as a typed parameter: a distractor, not an SSOT.
  'libs/orders/src/order.ts': `export class Order {\n  id = '';\n  total = 0;\n}\n`,
  // apps/shop: the users of all of the above, with bypasses beside them.
  'apps/shop/src/checkout.service.ts': [
    `import { HttpClient } from '@acme/http';`,
    `import { AppLogger, createClock } from '@acme/telemetry';`,
    `import { CacheStore } from '@acme/cache';`,
    `import { OrderRepository, AppSettings, Order, API_VERSION } from '@acme/orders';`,
    `export const CHECKOUT_DATE = 'dd.MM.yyyy' + API_VERSION;`,
    `export class CheckoutService {`,
    `  private readonly clock = createClock();`,
    `  constructor(private readonly http: HttpClient, private readonly log: AppLogger, private readonly orders: OrderRepository, private readonly settings: AppSettings, private readonly cache: CacheStore) {}`,
    `  async pay(order: Order) {`,
    `    this.log.info(order.id + this.clock.now());`,
    `    this.cache.get(order.id);`,
    `    this.orders.find(order.id);`,
    `    const key = this.settings.get('PAY_KEY') ?? process.env.PAY_KEY;`,
    `    return this.http.get('/pay?key=' + key + order.total);`,
    `  }`,
    `}`,
  ].join('\n'),
  'apps/shop/src/refund.service.ts': [
    `import { AppLogger, createClock } from '@acme/telemetry';`,
    `import { CacheStore } from '@acme/cache';`,
    `import { OrderRepository, AppSettings, Order } from '@acme/orders';`,
    `export class RefundService {`,
    `  constructor(private readonly orders: OrderRepository, private readonly log: AppLogger, private readonly settings: AppSettings, private readonly cache: CacheStore) {}`,
    `  refund(order: Order) {`,
    `    console.log('refund', order.id, 'dd.MM.yyyy');`,
    `    this.cache.get(order.id);`,
    `    this.log.info(String(createClock().now()));`,
    `    const url = process.env.REFUND_URL ?? this.settings.get('REFUND_URL');`,
    `    return fetch(url + this.orders.find(order.id) + order.total);`,
    `  }`,
    `}`,
  ].join('\n'),
  'apps/shop/src/report.job.ts': [
    `import { HttpClient } from '@acme/old-http';`,
    `import { AppLogger, Clock } from '@acme/telemetry';`,
    `import { OrderRepository, Order } from '@acme/orders';`,
    `export function runReport(orders: OrderRepository, order: Order) {`,
    `  const log = new AppLogger();`,
    `  const clock = new Clock();`,
    `  log.info(orders.find(order.id) + clock.now() + order.total);`,
    `  console.warn('report done');`,
    `  return new HttpClient().get('/report');`,
    `}`,
  ].join('\n'),
  'apps/admin/src/dashboard.ts': [
    `import { HttpClient } from '@acme/http';`,
    `import { AppLogger } from '@acme/telemetry';`,
    `import { LocalCacheStore } from './local-cache-store';`,
    `const cache = new LocalCacheStore();`,
    `export async function load(http: HttpClient, log: AppLogger) {`,
    `  log.info(cache.get('dashboard'));`,
    `  console.error(JSON.stringify(await http.get('/stats')));`,
    `  return fetch('/health');`,
    `}`,
  ].join('\n'),
};
