import "server-only";
import { AppError } from "../../errors";

/**
 * A counting semaphore with a bounded wait. A request whose turn does not come in time gets 503 with
 * Retry-After: the server is busy for everyone, which is not the caller's fault (429 would say it is).
 */
export type BodySlots = { acquire(): Promise<() => void> };

export function createBodySlots({ slots, maxWaitMs, maxWaiting }: { slots: number; maxWaitMs: number; maxWaiting: number }): BodySlots {
  let free = slots;
  const waiting: (() => void)[] = [];
  const busy = () =>
    new AppError("service_unavailable", "The server is busy receiving other large requests; try again shortly.", undefined, {
      "retry-after": String(Math.ceil(maxWaitMs / 1000)),
    });
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else free += 1;
  };
  const releaseOnce = () => {
    let released = false;
    return () => {
      if (!released) release();
      released = true;
    };
  };
  return {
    acquire() {
      if (free > 0) {
        free -= 1;
        return Promise.resolve(releaseOnce());
      }
      if (waiting.length >= maxWaiting) return Promise.reject(busy());
      return new Promise((resolve, reject) => {
        const turn = () => {
          clearTimeout(timer);
          resolve(releaseOnce());
        };
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(turn), 1);
          reject(busy());
        }, maxWaitMs);
        waiting.push(turn);
      });
    },
  };
}
