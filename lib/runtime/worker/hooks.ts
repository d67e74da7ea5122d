import type { HookWrap, LifecycleHooks } from "../engines/run-with-hooks";
import type { WorkerHookSources } from "../../protocol/worker";

type WorkerHook = (wrap: HookWrap, xworker: { sync: object }) => unknown;

/**
 * Rebuilds the page's worker hooks (sent as source text) inside this worker. A hook that does not even
 * parse is reported once, by name, instead of stopping the worker.
 */
export function reviveWorkerHooks(sources: WorkerHookSources | undefined): LifecycleHooks<{ sync: object }> {
  const revive = (list: string[] | undefined, name: string): WorkerHook[] =>
    (list ?? []).flatMap((source) => {
      try {
        return [new Function(`return (${source});`)() as WorkerHook];
      } catch (error) {
        console.error(`hooks.worker.${name}: this hook could not be rebuilt in the worker:`, error);
        return [];
      }
    });
  return {
    onReady: revive(sources?.onReady, "onReady"),
    onBeforeRun: revive(sources?.onBeforeRun, "onBeforeRun"),
    codeBeforeRun: sources?.codeBeforeRun ?? [],
    codeAfterRun: sources?.codeAfterRun ?? [],
    onAfterRun: revive(sources?.onAfterRun, "onAfterRun"),
  };
}
