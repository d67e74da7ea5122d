/**
 * Runs one task at a time. A run asked for while one is in flight is queued once and shares that one
 * follow-up: three quick Ctrl+S presses during a slow save make exactly two saves, and the second sends
 * whatever is current when it starts, with the revision the first one returned.
 */
export function createSaveQueue<T>(task: () => Promise<T>): { run(): Promise<T>; busy(): boolean } {
  let inFlight: Promise<T> | null = null;
  let queued: Promise<T> | null = null;

  const start = (): Promise<T> => {
    const running = task().finally(() => {
      if (inFlight === running) inFlight = null;
    });
    inFlight = running;
    return running;
  };

  return {
    run() {
      if (!inFlight) return start();
      if (!queued) {
        const after = inFlight.then(
          () => undefined,
          () => undefined,
        );
        queued = after.then(() => {
          queued = null;
          return start();
        });
      }
      return queued;
    },
    busy: () => inFlight !== null,
  };
}
