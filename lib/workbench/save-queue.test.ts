import { expect, test } from "vitest";
import { createSaveQueue } from "./save-queue";

function deferredTasks() {
  const pending: (() => void)[] = [];
  let started = 0;
  const task = () => {
    started += 1;
    const n = started;
    return new Promise<number>((resolve) => pending.push(() => resolve(n)));
  };
  return { task, finishNext: () => pending.shift()!(), started: () => started };
}

test("saves never overlap, and requests during a save coalesce into one follow-up", async () => {
  const { task, finishNext, started } = deferredTasks();
  const queue = createSaveQueue(task);
  const first = queue.run();
  const second = queue.run();
  const third = queue.run();
  expect(started()).toBe(1);
  expect(queue.busy()).toBe(true);
  finishNext();
  expect(await first).toBe(1);
  await Promise.resolve();
  expect(started()).toBe(2);
  finishNext();
  expect(await second).toBe(2);
  expect(await third).toBe(2);
  expect(queue.busy()).toBe(false);
});

test("a failed save does not block the next one", async () => {
  let calls = 0;
  const queue = createSaveQueue(async () => {
    calls += 1;
    if (calls === 1) throw new Error("network");
    return calls;
  });
  const failed = queue.run();
  const next = queue.run();
  await expect(failed).rejects.toThrow("network");
  expect(await next).toBe(2);
});
