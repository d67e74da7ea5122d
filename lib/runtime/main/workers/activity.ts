/**
 * What a worker is doing, as far as the page can tell: its top-level code until `ready` settles, then the
 * calls the page made to it. Stop needs this (an idle worker is left alone; an interrupt has worked once the
 * worker is idle again), and so does termination (a dead worker never answers: its pending calls must fail).
 */
export type WorkerActivity = {
  readonly busy: boolean;
  /** Top-level code has finished, or failed. */
  settle(): void;
  /** Runs a call to the worker, counted; it rejects with the `end` error if the worker ends first. */
  track(call: () => unknown): Promise<unknown>;
  /** True once the worker is idle, false if `ms` pass first. */
  idleWithin(ms: number): Promise<boolean>;
  /** The worker is gone: calls still pending fail with `error`, and so does any later one. */
  end(error: Error): void;
};

export function createWorkerActivity(): WorkerActivity {
  let settled = false;
  let running = 0;
  let ended: Error | null = null;
  const idleWaiters = new Set<() => void>();
  let failPending!: (error: Error) => void;
  const endSignal = new Promise<never>((_, reject) => (failPending = reject));
  endSignal.catch(() => undefined);

  const busy = (): boolean => !settled || running > 0;
  const noteIdle = (): void => {
    if (busy()) return;
    for (const waiter of idleWaiters) waiter();
    idleWaiters.clear();
  };

  return {
    get busy() {
      return busy();
    },
    settle() {
      settled = true;
      noteIdle();
    },
    async track(call) {
      if (ended) throw ended;
      running++;
      try {
        return await Promise.race([call(), endSignal]);
      } finally {
        running--;
        noteIdle();
      }
    },
    idleWithin(ms) {
      if (!busy()) return Promise.resolve(true);
      return new Promise((resolve) => {
        const idle = (): void => {
          clearTimeout(deadline);
          resolve(true);
        };
        const deadline = setTimeout(() => {
          idleWaiters.delete(idle);
          resolve(false);
        }, ms);
        idleWaiters.add(idle);
      });
    },
    end(error) {
      ended ??= error;
      failPending(error);
    },
  };
}
