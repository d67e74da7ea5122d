import type { Engine } from "../interpreters/engine";
import { runWithHooks, type LifecycleHooks } from "../interpreters/run-with-hooks";
import { failureText } from "./failure-text";

type Callable = (...args: unknown[]) => unknown;

/**
 * RUN_CELL (lib/protocol/worker.ts): the function an editor env's worker exposes. Each cell's code runs in
 * the one `__main__` of the env, with `display()` pointed at that cell's output, and with the page's
 * worker hooks around it. A Python exception is the answer, not a failure: the page shows it under the cell.
 */
export function cellRunner<Target>(
  engine: Engine,
  hooks: LifecycleHooks<Target>,
  hookTarget: Target,
  setDisplayTarget: (id: string) => void,
): Callable {
  return async (code, filename, target) => {
    setDisplayTarget(String(target));
    try {
      await runWithHooks(engine, hooks, hookTarget, () => engine.runAsync(String(code), String(filename)));
      return null;
    } catch (error) {
      return failureText(error);
    }
  };
}
