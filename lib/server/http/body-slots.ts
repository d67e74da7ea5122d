import "server-only";
import { AppError } from "../../errors";

/**
 * A counting semaphore with a bounded wait, first come first served. One owner (a user) holds or waits for at
 * most `perOwner` slots: a request past that share is refused at once with 429, so one account sending several
 * slow bodies can neither take every slot nor fill the queue that everyone else waits in. A request whose turn
 * does not come within `maxWaitMs`, or that finds `maxWaiting` others already waiting, gets 503 with
 * Retry-After: the server is busy for everyone, not through the caller's fault.
 */
export type BodySlots = { acquire(owner: string): Promise<() => void> };

export function createBodySlots({ slots, perOwner, maxWaitMs, maxWaiting }: { slots: number; perOwner: number; maxWaitMs: number; maxWaiting: number }): BodySlots {
  let free = slots;
  /** Slots held or waited for, per owner. */
  const claims = new Map<string, number>();
  const waiting: (() => void)[] = [];
  const retryAfter = { "retry-after": String(Math.ceil(maxWaitMs / 1000)) };
  const overShare = () =>
    new AppError("too_many_requests", `You may send ${perOwner} large request(s) at a time; wait until yours finish.`, undefined, retryAfter);
  const busy = () => new AppError("service_unavailable", "The server is busy receiving other large requests; try again shortly.", undefined, retryAfter);

  const claim = (owner: string) => claims.set(owner, (claims.get(owner) ?? 0) + 1);
  const unclaim = (owner: string) => {
    const left = claims.get(owner)! - 1;
    if (left > 0) claims.set(owner, left);
    else claims.delete(owner);
  };
  /** A taken slot's release: it goes to the first waiter, if any. */
  const releaser = (owner: string) => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      unclaim(owner);
      const next = waiting.shift();
      if (next) next();
      else free += 1;
    };
  };

  return {
    acquire(owner) {
      if ((claims.get(owner) ?? 0) >= perOwner) return Promise.reject(overShare());
      if (free > 0) {
        free -= 1;
        claim(owner);
        return Promise.resolve(releaser(owner));
      }
      if (waiting.length >= maxWaiting) return Promise.reject(busy());
      claim(owner);
      return new Promise((resolve, reject) => {
        const turn = () => {
          clearTimeout(timer);
          resolve(releaser(owner));
        };
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(turn), 1);
          unclaim(owner);
          reject(busy());
        }, maxWaitMs);
        waiting.push(turn);
      });
    },
  };
}
