import { describe, expect, it } from "vitest";
import type { HookWrap } from "../interpreters/run-with-hooks";
import { reviveWorkerHooks } from "./hooks";

const wrap = { type: "mpy" } as HookWrap;
const xworker = { sync: {} };
const noHooks = {
  onReady: [],
  onBeforeRun: [],
  onBeforeRunAsync: [],
  codeBeforeRun: [],
  codeBeforeRunAsync: [],
  codeAfterRun: [],
  codeAfterRunAsync: [],
  onAfterRun: [],
  onAfterRunAsync: [],
};

describe("reviveWorkerHooks", () => {
  it("rebuilds each function hook from its source, the Async ones too, and keeps code hooks as they are", async () => {
    const hooks = reviveWorkerHooks({
      ...noHooks,
      onBeforeRunAsync: [String(async (w: HookWrap) => `ready ${w.type}`)],
      codeAfterRunAsync: ["await done()"],
    });
    expect(hooks.owner).toBe("hooks.worker");
    const [hook] = [...hooks.onBeforeRunAsync];
    expect(await hook!(wrap, xworker)).toBe("ready mpy");
    expect([...hooks.codeAfterRunAsync]).toEqual(["await done()"]);
  });

  it("turns a source that is no function expression into a hook that throws why, so it fails by name", () => {
    const hooks = reviveWorkerHooks({ ...noHooks, onAfterRun: ["onAfterRun(wrap) { wrap.run('x') }"] });
    const [hook] = [...hooks.onAfterRun];
    expect(() => hook!(wrap, xworker)).toThrow(/could not be rebuilt in the worker as a function expression \(SyntaxError/);
  });
});
