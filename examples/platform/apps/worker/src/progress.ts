/** Where progress lines go: the Logger in production, a recording fake in tests. */
export interface ProgressSink {
  info(message: string): void;
}

// The parameter shadows the global `console`: progress never goes to stdout directly.
export function reportProgress(console: ProgressSink, done: number, total: number): void {
  console.info(`processed ${done}/${total}`);
}
