import { afterEach, describe, expect, it, vi } from "vitest";
import { createWorkerActivity } from "./activity";

const deferred = <T>() => {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
};

describe("createWorkerActivity", () => {
  afterEach(() => void vi.useRealTimers());

  it("is busy until top-level code settles, and while a call runs", async () => {
    const activity = createWorkerActivity();
    expect(activity.busy).toBe(true);
    activity.settle();
    expect(activity.busy).toBe(false);
    const answer = deferred<string>();
    const call = activity.track(() => answer.promise);
    expect(activity.busy).toBe(true);
    answer.resolve("pong");
    expect(await call).toBe("pong");
    expect(activity.busy).toBe(false);
  });

  it("idleWithin says true when the running call returns in time, false when the time runs out first", async () => {
    vi.useFakeTimers();
    const activity = createWorkerActivity();
    activity.settle();
    const answer = deferred<void>();
    const call = activity.track(() => answer.promise);
    const returned = activity.idleWithin(1000);
    answer.resolve();
    await call;
    expect(await returned).toBe(true);

    const stuck = activity.track(() => new Promise(() => {}));
    const timedOut = activity.idleWithin(1000);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await timedOut).toBe(false);
    activity.end(new Error("gone"));
    await expect(stuck).rejects.toThrow("gone");
  });

  it("after end, pending and later calls fail with its error", async () => {
    const activity = createWorkerActivity();
    activity.settle();
    const pending = activity.track(() => new Promise(() => {}));
    activity.end(new Error("the worker was terminated"));
    await expect(pending).rejects.toThrow("the worker was terminated");
    await expect(activity.track(() => "late")).rejects.toThrow("the worker was terminated");
  });
});
