import "server-only";
import { AppError } from "../../errors";

/**
 * A counting semaphore with a bounded wait, and at most `perOwner` slots held by one owner (a user, or a
 * signed-out client's address), so one account sending several slow bodies cannot take every slot. A request
 * whose turn does not come in time gets 503 with Retry-After when the server is busy for everyone (not the
 * caller's fault), or 429 when it waited for its own owner's other bodies.
 */
export type BodySlots = { acquire(owner: string): Promise<() => void> };

type Waiter = { owner: string; turn: () => void };

export function createBodySlots({ slots, perOwner, maxWaitMs, maxWaiting }: { slots: number; perOwner: number; maxWaitMs: number; maxWaiting: number }): BodySlots {
  let free = slots;
  const held = new Map<string, number>();
  const waiting: Waiter[] = [];
  const retryAfter = { "retry-after": String(Math.ceil(maxWaitMs / 1000)) };
  const refusal = (owner: string) =>
    (held.get(owner) ?? 0) >= perOwner
      ? new AppError("too_many_requests", `You may send ${perOwner} large request(s) at a time; wait until yours finish.`, undefined, retryAfter)
      : new AppError("service_unavailable", "The server is busy receiving other large requests; try again shortly.", undefined, retryAfter);
  const mayTake = (owner: string) => free > 0 && (held.get(owner) ?? 0) < perOwner;
  const take = (owner: string) => {
    free -= 1;
    held.set(owner, (held.get(owner) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      free += 1;
      const left = held.get(owner)! - 1;
      if (left > 0) held.set(owner, left);
      else held.delete(owner);
      serveWaiting();
    };
  };
  const serveWaiting = () => {
    for (const waiter of [...waiting]) {
      if (!mayTake(waiter.owner)) continue;
      waiting.splice(waiting.indexOf(waiter), 1);
      waiter.turn();
    }
  };
  return {
    acquire(owner) {
      if (mayTake(owner)) return Promise.resolve(take(owner));
      if (waiting.length >= maxWaiting) return Promise.reject(refusal(owner));
      return new Promise((resolve, reject) => {
        const waiter: Waiter = {
          owner,
          turn: () => {
            clearTimeout(timer);
            resolve(take(owner));
          },
        };
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(waiter), 1);
          reject(refusal(owner));
        }, maxWaitMs);
        waiting.push(waiter);
      });
    },
  };
}
