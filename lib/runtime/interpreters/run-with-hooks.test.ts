import { afterEach, describe, expect, it, vi } from "vitest";
import type { Engine } from "./engine";
import { HookError, runWithHooks, type LifecycleHooks } from "./run-with-hooks";

/** Just enough of an Engine to see what ran, in which order, under which file name. */
function fakeEngine(log: string[]): Engine {
  return {
    type: "micropython",
    run: (code: string) => log.push(`run ${code}`),
    runAsync: async (code: string, filename: string) => {
      if (code === "raise") throw Object.assign(new Error(`Traceback (most recent call last):\nValueError: in ${filename}`), { name: "PythonError" });
      log.push(`runAsync ${code} as ${filename}`);
    },
  } as unknown as Engine;
}

/** Every hook once; the Async function hooks only finish after a later macrotask, to show they are awaited. */
function hooksLogging(log: string[], overrides: Partial<LifecycleHooks<string>> = {}): LifecycleHooks<string> {
  const later = (entry: string) => () => new Promise<void>((resolve) => setTimeout(() => resolve(void log.push(entry)), 1));
  return {
    owner: "hooks.main",
    onReady: [(wrap, target) => void log.push(`onReady ${wrap.type} ${target}`)],
    onBeforeRun: [(wrap) => void wrap.run("before()")],
    onBeforeRunAsync: [later("onBeforeRunAsync")],
    codeBeforeRun: ["setup()"],
    codeBeforeRunAsync: ["await setup_async()"],
    codeAfterRun: ["teardown()"],
    codeAfterRunAsync: ["await teardown_async()"],
    onAfterRun: [async () => void log.push("onAfterRun")],
    onAfterRunAsync: [later("onAfterRunAsync")],
    ...overrides,
  };
}

const script = (log: string[]) => async () => void log.push("script");
const boom = () => {
  throw new Error("boom");
};

afterEach(() => vi.restoreAllMocks());

describe("runWithHooks", () => {
  it("runs each phase's plain hooks, then its Async ones, around the script, awaiting every hook", async () => {
    const log: string[] = [];
    await runWithHooks(fakeEngine(log), hooksLogging(log), "script#1", script(log));
    expect(log).toEqual([
      "onReady mpy script#1",
      "run before()",
      "onBeforeRunAsync",
      "runAsync setup() as <codeBeforeRun>",
      "runAsync await setup_async() as <codeBeforeRunAsync>",
      "script",
      "runAsync teardown() as <codeAfterRun>",
      "runAsync await teardown_async() as <codeAfterRunAsync>",
      "onAfterRun",
      "onAfterRunAsync",
    ]);
  });

  it("still runs both after-run hooks when the script raises, but no codeAfterRun, and rethrows", async () => {
    const log: string[] = [];
    const run = runWithHooks(fakeEngine(log), hooksLogging(log), "s", async () => {
      throw new Error("boom");
    });
    await expect(run).rejects.toThrow("boom");
    expect(log.slice(-3)).toEqual(["runAsync await setup_async() as <codeBeforeRunAsync>", "onAfterRun", "onAfterRunAsync"]);
  });

  it("stops at a setup hook that throws: no later hook, no script, a HookError naming it", async () => {
    const log: string[] = [];
    const run = runWithHooks(fakeEngine(log), hooksLogging(log, { onBeforeRun: [boom] }), "s", script(log));
    await expect(run).rejects.toThrow(new HookError("hooks.main.onBeforeRun", new Error("boom")));
    await expect(run).rejects.toThrow("hooks.main.onBeforeRun failed: Error: boom");
    expect(log).toEqual(["onReady mpy s"]);
  });

  it("names an Async hook whose promise rejects, and still cleans up once the code phase began", async () => {
    const log: string[] = [];
    const hooks = hooksLogging(log, { codeBeforeRunAsync: ["raise"] });
    const run = runWithHooks(fakeEngine(log), hooks, "s", script(log));
    await expect(run).rejects.toThrow("hooks.main.codeBeforeRunAsync failed:\nTraceback (most recent call last):\nValueError: in <codeBeforeRunAsync>");
    expect(log.slice(-3)).toEqual(["runAsync setup() as <codeBeforeRun>", "onAfterRun", "onAfterRunAsync"]);
  });

  it("runs every after-run hook even if one fails, rejects with the first failure, logs the later ones", async () => {
    const log: string[] = [];
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const hooks = hooksLogging(log, {
      onAfterRun: [() => Promise.reject(new Error("first")), () => void log.push("second onAfterRun")],
      onAfterRunAsync: [() => Promise.reject(new TypeError("later"))],
    });
    const run = runWithHooks(fakeEngine(log), hooks, "s", script(log));
    await expect(run).rejects.toThrow("hooks.main.onAfterRun failed: Error: first");
    expect(log.at(-1)).toBe("second onAfterRun");
    expect(logged).toHaveBeenCalledWith(new HookError("hooks.main.onAfterRunAsync", new TypeError("later")));
  });
});
