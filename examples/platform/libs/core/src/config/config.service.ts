type Environment = Readonly<Record<string, string | undefined>>;

/** Typed access to configuration: on the backend, the only reader of process.env. */
export class ConfigService {
  constructor(private readonly env: Environment = process.env) {}

  get(key: string): string | undefined {
    return this.env[key];
  }

  getOrThrow(key: string): string {
    const value = this.env[key];
    if (value === undefined || value === '') {
      throw new Error(`Missing required configuration: ${key}`);
    }
    return value;
  }

  getNumber(key: string, fallback: number): number {
    const raw = this.env[key];
    const value = raw === undefined || raw.trim() === '' ? NaN : Number(raw);
    return Number.isFinite(value) ? value : fallback;
  }
}
