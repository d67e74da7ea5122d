import { pythonTraceback, type Engine } from "./engine";

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

/**
 * One side's lifecycle hooks (the page's or a worker's), in the order they run. PyScript calls the plain
 * hooks around scripts it runs synchronously and the `*Async` ones around the others: the page leaves the
 * other kind's sets empty (main/hooks.ts), so each phase here runs whichever of its two sets has hooks.
 */
export type LifecycleHooks<Target> = {
  /** How errors name the hooks: "hooks.main" or "hooks.worker". */
  readonly owner: "hooks.main" | "hooks.worker";
  onReady: Iterable<HookFunction<Target>>;
  onBeforeRun: Iterable<HookFunction<Target>>;
  onBeforeRunAsync: Iterable<HookFunction<Target>>;
  codeBeforeRun: Iterable<string>;
  codeBeforeRunAsync: Iterable<string>;
  codeAfterRun: Iterable<string>;
  codeAfterRunAsync: Iterable<string>;
  onAfterRun: Iterable<HookFunction<Target>>;
  onAfterRunAsync: Iterable<HookFunction<Target>>;
};

type FunctionHookName = "onReady" | "onBeforeRun" | "onBeforeRunAsync" | "onAfterRun" | "onAfterRunAsync";
type CodeHookName = "codeBeforeRun" | "codeBeforeRunAsync" | "codeAfterRun" | "codeAfterRunAsync";

/** A plugin hook threw, rejected or raised: says which hook, then what it threw (a Python traceback as is). */
export class HookError extends Error {
  override name = "HookError";

  constructor(hook: string, cause: unknown) {
    const traceback = pythonTraceback(cause);
    const what = traceback ?? (cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause));
    super(`${hook} failed:${traceback === null ? " " : "\n"}${what}`, { cause });
  }
}

export function hookWrap(engine: Engine): HookWrap {
  return {
    type: engine.type === "pyodide" ? "py" : "mpy",
    run: (code) => engine.run(code),
    runAsync: (code) => engine.runAsync(code, "<hook>"),
  };
}

/**
 * ready → before run → code before run → the script → code after run → after run, each phase's plain hooks
 * before its `*Async` ones (a script is given one kind, see LifecycleHooks). Every hook is awaited, so any of
 * them may return a promise, and hook code may use top-level await. Hook code runs in the script's namespace
 * under its own file name (`<codeBeforeRun>`...), so the script's line numbers stay its own.
 *
 * A failing hook stops the run where it failed, as an exception in code prepended to the script would: the
 * later hooks of the setup phases and the script do not run, and the rejection is a HookError naming the hook.
 * `codeAfterRun*` run only after the script succeeded. `onAfterRun*` run once the code phase began (a plugin
 * may need to clean up), even after a failure, and each of them runs even if another failed; the run rejects
 * with its first failure, and a later failure of an after-run hook goes to the console.
 */
export async function runWithHooks<Target>(
  engine: Engine,
  hooks: LifecycleHooks<Target>,
  target: Target,
  runScript: () => Promise<unknown>,
): Promise<void> {
  const wrap = hookWrap(engine);
  const guarded = async (name: string, action: () => unknown): Promise<void> => {
    try {
      await action();
    } catch (error) {
      throw new HookError(`${hooks.owner}.${name}`, error);
    }
  };
  const callEach = async (name: FunctionHookName): Promise<void> => {
    for (const hook of hooks[name]) await guarded(name, () => hook(wrap, target));
  };
  const runEach = async (name: CodeHookName): Promise<void> => {
    for (const code of hooks[name]) await guarded(name, () => engine.runAsync(code, `<${name}>`));
  };

  await callEach("onReady");
  await callEach("onBeforeRun");
  await callEach("onBeforeRunAsync");
  const failures: unknown[] = [];
  try {
    await runEach("codeBeforeRun");
    await runEach("codeBeforeRunAsync");
    await runScript();
    await runEach("codeAfterRun");
    await runEach("codeAfterRunAsync");
  } catch (error) {
    failures.push(error);
  }
  for (const name of ["onAfterRun", "onAfterRunAsync"] as const) {
    for (const hook of hooks[name]) await guarded(name, () => hook(wrap, target)).catch((error) => failures.push(error));
  }
  for (const later of failures.slice(1)) console.error(later);
  if (failures.length > 0) throw failures[0];
}
