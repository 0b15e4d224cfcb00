/** The exit status of a process ended by Ctrl-C (128 + SIGINT), as shells report it. */
export const INTERRUPTED_EXIT_CODE = 130;

/**
 * Ctrl-C during a long run: release what the run holds, say what was kept and how to go on, and
 * end with 130. The handler runs between two steps of the event loop, never inside a synchronous
 * write, so a file written atomically after each step is whole when the process ends. Returns the
 * function that removes the handler once the run is over.
 */
export function exitOnInterrupt(release: () => void, message: () => string): () => void {
  const handler = () => {
    // A progress line rewritten in place has no line end yet.
    if (process.stdout.isTTY === true) process.stdout.write('\n');
    try {
      release();
    } finally {
      process.stderr.write(`${message()}\n`);
      process.exit(INTERRUPTED_EXIT_CODE);
    }
  };
  process.once('SIGINT', handler);
  return () => process.removeListener('SIGINT', handler);
}
