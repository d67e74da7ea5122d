import { describe, expect, it } from "vitest";
import type { Engine } from "./engine";
import { runWithHooks, type LifecycleHooks } from "./run-with-hooks";

/** Just enough of an Engine to see what ran, in which order, under which file name. */
function fakeEngine(log: string[]): Engine {
  return {
    type: "micropython",
    run: (code: string) => log.push(`run ${code}`),
    runAsync: async (code: string, filename: string) => void log.push(`runAsync ${code} as ${filename}`),
  } as unknown as Engine;
}

function hooksLogging(log: string[]): LifecycleHooks<string> {
  return {
    onReady: [(wrap, target) => void log.push(`onReady ${wrap.type} ${target}`)],
    onBeforeRun: [(wrap) => void wrap.run("before()")],
    codeBeforeRun: ["setup()"],
    codeAfterRun: ["teardown()"],
    onAfterRun: [async () => void log.push("onAfterRun")],
  };
}

describe("runWithHooks", () => {
  it("runs ready, before run, code before, the script, code after, after run, in that order", async () => {
    const log: string[] = [];
    await runWithHooks(fakeEngine(log), hooksLogging(log), "script#1", async () => void log.push("script"));
    expect(log).toEqual([
      "onReady mpy script#1",
      "run before()",
      "runAsync setup() as <codeBeforeRun>",
      "script",
      "runAsync teardown() as <codeAfterRun>",
      "onAfterRun",
    ]);
  });

  it("still runs onAfterRun when the script raises, but not codeAfterRun, and rethrows", async () => {
    const log: string[] = [];
    const run = runWithHooks(fakeEngine(log), hooksLogging(log), "s", async () => {
      throw new Error("boom");
    });
    await expect(run).rejects.toThrow("boom");
    expect(log.slice(-2)).toEqual(["runAsync setup() as <codeBeforeRun>", "onAfterRun"]);
  });
});
