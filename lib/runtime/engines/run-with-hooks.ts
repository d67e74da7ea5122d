import type { Engine } from "./engine";

/** What a hook function receives about the interpreter running the script (PyScript calls it `wrap`). */
export type HookWrap = {
  /** "py" (Pyodide) or "mpy" (MicroPython). */
  readonly type: "py" | "mpy";
  /** Runs Python in the interpreter's `__main__`, synchronously. */
  run(code: string): unknown;
  /** Runs Python that may use top-level await. */
  runAsync(code: string): Promise<unknown>;
};

type HookFunction<Target> = (wrap: HookWrap, target: Target) => unknown;

/** One side's hooks (the page's or a worker's), in the order PyScript's plugin documentation gives them. */
export type LifecycleHooks<Target> = {
  onReady: Iterable<HookFunction<Target>>;
  onBeforeRun: Iterable<HookFunction<Target>>;
  codeBeforeRun: Iterable<string>;
  codeAfterRun: Iterable<string>;
  onAfterRun: Iterable<HookFunction<Target>>;
};

export function hookWrap(engine: Engine): HookWrap {
  return {
    type: engine.type === "pyodide" ? "py" : "mpy",
    run: (code) => engine.run(code),
    runAsync: (code) => engine.runAsync(code, "<hook>"),
  };
}

/**
 * ready → before run → code before run → the script → code after run → after run. Hook code strings run
 * in the script's namespace under their own file name, so the script's line numbers stay its own.
 * `onAfterRun` runs even when the script raised (a plugin may need to clean up); `codeAfterRun` does not.
 */
export async function runWithHooks<Target>(
  engine: Engine,
  hooks: LifecycleHooks<Target>,
  target: Target,
  runScript: () => Promise<unknown>,
): Promise<void> {
  const wrap = hookWrap(engine);
  for (const hook of hooks.onReady) await hook(wrap, target);
  for (const hook of hooks.onBeforeRun) await hook(wrap, target);
  try {
    for (const code of hooks.codeBeforeRun) await engine.runAsync(code, "<codeBeforeRun>");
    await runScript();
    for (const code of hooks.codeAfterRun) await engine.runAsync(code, "<codeAfterRun>");
  } finally {
    for (const hook of hooks.onAfterRun) await hook(wrap, target);
  }
}
