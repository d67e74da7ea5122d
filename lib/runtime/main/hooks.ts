import type { HookWrap, LifecycleHooks } from "../engines/run-with-hooks";
import type { WorkerHookSources } from "../../protocol/worker";

/** A page hook gets the script element; a worker hook gets `{ sync }`, the worker's `pyscript.sync`. */
type MainHook = (wrap: HookWrap, element: Element) => unknown;
type WorkerHook = (wrap: HookWrap, xworker: { sync: object }) => unknown;

type SideHooks<Hook> = {
  onReady: Set<Hook>;
  onBeforeRun: Set<Hook>;
  codeBeforeRun: Set<string>;
  codeAfterRun: Set<string>;
  onAfterRun: Set<Hook>;
};

export type PluginHooks = { main: SideHooks<MainHook>; worker: SideHooks<WorkerHook> };

const sideHooks = <Hook>(): SideHooks<Hook> => ({
  onReady: new Set(),
  onBeforeRun: new Set(),
  codeBeforeRun: new Set(),
  codeAfterRun: new Set(),
  onAfterRun: new Set(),
});

/**
 * PyScript's plugin API: `import { hooks } from ".../core.js"`, then `hooks.main.onReady.add(fn)` and so on,
 * from a module that runs before the page's Python does. Kept on the global object, so a page that loads
 * core.js under two URLs still has one set of hooks.
 */
export const hooks: PluginHooks = ((globalThis as Record<symbol, unknown>)[Symbol.for("pysandbox.hooks")] ??= {
  main: sideHooks<MainHook>(),
  worker: sideHooks<WorkerHook>(),
}) as PluginHooks;

export const mainHooks: LifecycleHooks<Element> = hooks.main;

/**
 * Worker hooks run inside the worker, so they travel as source text and are rebuilt there (as PyScript
 * does): a worker hook must not use variables of the module that registered it.
 */
export function workerHookSources(): WorkerHookSources {
  const { onReady, onBeforeRun, codeBeforeRun, codeAfterRun, onAfterRun } = hooks.worker;
  return {
    onReady: [...onReady].map(String),
    onBeforeRun: [...onBeforeRun].map(String),
    codeBeforeRun: [...codeBeforeRun],
    codeAfterRun: [...codeAfterRun],
    onAfterRun: [...onAfterRun].map(String),
  };
}
