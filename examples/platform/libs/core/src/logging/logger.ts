import { UnifiedJSONHandler } from '../serialization/unified-json-handler';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** Structured logging: one line per event, context first, metadata as JSON. */
export class Logger {
  private readonly json = new UnifiedJSONHandler();

  constructor(private readonly context = 'app') {}

  debug(message: string, meta?: object): void {
    this.write('debug', message, meta);
  }

  info(message: string, meta?: object): void {
    this.write('info', message, meta);
  }

  warn(message: string, meta?: object): void {
    this.write('warn', message, meta);
  }

  error(message: string, error?: unknown): void {
    this.write('error', message, { error: error instanceof Error ? error.message : String(error) });
  }

  child(context: string): Logger {
    return new Logger(`${this.context}:${context}`);
  }

  private write(level: LogLevel, message: string, meta?: object): void {
    const suffix = meta ? ` ${this.json.stringify(meta)}` : '';
    console[level](`[${this.context}] ${message}${suffix}`);
  }
}
