// The SSOT implementations of the generated workspace (the files `ssot.json` points at), per
// owning project: project-relative path → text.

export const CORE_FILES = {
  'src/json/json-handler.ts': `/** The one JSON handler: ISO dates revived, bigints kept, malformed input reported in one place. */
const ISO_DATE = /^\\d{4}-\\d{2}-\\d{2}T/;

export class JsonHandler {
  parse<T = unknown>(text: string): T {
    try {
      return JSON.parse(text, (_key, value) => (typeof value === 'string' && ISO_DATE.test(value) ? new Date(value) : value)) as T;
    } catch (error) {
      throw new Error(\`invalid JSON (\${text.length} characters): \${(error as Error).message}\`);
    }
  }

  stringify(value: unknown, indent?: number): string {
    return JSON.stringify(value, (_key, item) => (typeof item === 'bigint' ? item.toString() : item), indent);
  }
}
`,
  'src/logging/logger.ts': `export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** Structured, contextual logs. */
export class Logger {
  constructor(private readonly context = 'app') {}

  debug(message: string, meta?: Record<string, unknown>): void {
    this.write('debug', message, meta);
  }

  info(message: string, meta?: Record<string, unknown>): void {
    this.write('info', message, meta);
  }

  warn(message: string, meta?: Record<string, unknown>): void {
    this.write('warn', message, meta);
  }

  error(message: string, meta?: Record<string, unknown>): void {
    this.write('error', message, meta);
  }

  child(context: string): Logger {
    return new Logger(\`\${this.context}:\${context}\`);
  }

  private write(level: LogLevel, message: string, meta?: Record<string, unknown>): void {
    const suffix = meta ? \` \${Object.keys(meta).length} fields\` : '';
    process.stdout.write(\`\${level} [\${this.context}] \${message}\${suffix}\\n\`);
  }
}
`,
  'src/config/config.service.ts': `/** Typed settings: the only place that reads the environment. */
export class ConfigService {
  private readonly values: Record<string, string | undefined>;

  constructor(source: Record<string, string | undefined> = process.env) {
    this.values = { ...source };
  }

  get(key: string, fallback = ''): string {
    return this.values[key] ?? fallback;
  }

  getNumber(key: string, fallback = 0): number {
    const value = Number(this.values[key]);
    return Number.isFinite(value) ? value : fallback;
  }

  getFlag(key: string): boolean {
    return ['1', 'true', 'on'].includes((this.values[key] ?? '').toLowerCase());
  }
}
`,
  'src/time/date-format.ts': `/** The one calendar-date format for file names, report keys and query strings. */
export const DATE_FORMAT = 'yyyy-MM-dd';
export const DATE_TIME_FORMAT = 'yyyy-MM-dd HH:mm';
`,
  'src/time/format-date.ts': `const pad = (value: number) => String(value).padStart(2, '0');

/** Formats a date with the tokens yyyy, MM, dd, HH and mm (UTC). */
export function formatDate(date: Date, pattern: string): string {
  return pattern
    .replace('yyyy', String(date.getUTCFullYear()))
    .replace('MM', pad(date.getUTCMonth() + 1))
    .replace('dd', pad(date.getUTCDate()))
    .replace('HH', pad(date.getUTCHours()))
    .replace('mm', pad(date.getUTCMinutes()));
}
`,
  'src/di/injectable.ts': `type Constructor<T> = new (...args: never[]) => T;

const instances = new Map<Constructor<unknown>, unknown>();
const registered = new Set<Constructor<unknown>>();

/** Marks a class as resolvable by \`inject()\`. */
export function Injectable(): ClassDecorator {
  return (target) => {
    registered.add(target as unknown as Constructor<unknown>);
  };
}

/** The shared instance of a registered class. */
export function inject<T>(token: Constructor<T>): T {
  let instance = instances.get(token) as T | undefined;
  if (instance === undefined) {
    instance = new (token as unknown as new () => T)();
    instances.set(token, instance);
  }
  return instance;
}
`,
  'src/legacy/logging.ts': `/** @deprecated the old logging entry point: import Logger from @bench/core. */
export { Logger } from '../logging/logger';
`,
};

export const CORE_BARREL = `export * from './json/json-handler';
export { Logger, type LogLevel } from './logging/logger';
export { ConfigService as Config, ConfigService } from './config/config.service';
export * from './time/date-format';
export * from './time/format-date';
export { Injectable, inject } from './di/injectable';
`;

export const HTTP_FILES = {
  'src/http-client.ts': `export interface HttpResponse {
  status: number;
  body: string;
}

/** The one HTTP client: base URL, retries and tracing headers in one place. */
export class HttpClient {
  constructor(private readonly baseUrl = '') {}

  get(url: string, headers: Record<string, string> = {}): Promise<HttpResponse> {
    return this.request('GET', url, undefined, headers);
  }

  post(url: string, body: string, headers: Record<string, string> = {}): Promise<HttpResponse> {
    return this.request('POST', url, body, headers);
  }

  private async request(method: string, url: string, body: string | undefined, headers: Record<string, string>): Promise<HttpResponse> {
    const response = await fetch(this.baseUrl + url, { method, body, headers });
    return { status: response.status, body: await response.text() };
  }
}
`,
};

export const HTTP_BARREL = `export { HttpClient, type HttpResponse } from './http-client';\n`;

export const ENGINE_FILES = {
  'src/engine.ts': `export interface EngineOptions {
  user: string;
  concurrency?: number;
}

/** Runs tasks for one user; construct it through createEngine() so users stay isolated. */
export class Engine {
  private readonly history: string[] = [];

  constructor(private readonly options: EngineOptions = { user: 'anonymous' }) {}

  async run(task: string): Promise<string> {
    this.history.push(task);
    return \`\${this.options.user}:\${task}\`;
  }

  getHistory(): readonly string[] {
    return this.history;
  }
}

const engines = new Map<string, Engine>();

/** The sanctioned way to get an engine: one per user. */
export function createEngine(options: EngineOptions): Engine {
  let engine = engines.get(options.user);
  if (!engine) {
    engine = new Engine(options);
    engines.set(options.user, engine);
  }
  return engine;
}
`,
};

export const ENGINE_BARREL = `export * from './engine';\n`;
