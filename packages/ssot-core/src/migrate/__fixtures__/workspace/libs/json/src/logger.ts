export class Logger {
  info(message: string): void {
    console.info(message);
  }

  warn(message: string): void {
    console.warn(message);
  }
}

const shared = new Logger();

export function getLogger(): Logger {
  return shared;
}
