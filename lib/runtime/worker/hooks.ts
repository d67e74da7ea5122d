import type { HookWrap, LifecycleHooks } from "../interpreters/run-with-hooks";
import type { WorkerHookSources } from "../../protocol/worker";

type WorkerHook = (wrap: HookWrap, xworker: { sync: object }) => unknown;

/**
 * Rebuilds the page's worker hooks (sent as source text) inside this worker. A hook whose source does not
 * parse as a function on its own (a method shorthand, say) becomes one that throws why, so it fails like any
 * other hook: a HookError naming it, where the script would have run.
 */
export function reviveWorkerHooks(sources: WorkerHookSources | undefined): LifecycleHooks<{ sync: object }> {
  const revive = (name: "onReady" | "onBeforeRun" | "onBeforeRunAsync" | "onAfterRun" | "onAfterRunAsync"): WorkerHook[] =>
    (sources?.[name] ?? []).flatMap((source) => {
      try {
        return [new Function(`return (${source});`)() as WorkerHook];
      } catch (error) {
        const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        return [
          () => {
            throw new Error(`its source could not be rebuilt in the worker as a function expression (${reason})`);
          },
        ];
      }
    });
  return {
    owner: "hooks.worker",
    onReady: revive("onReady"),
    onBeforeRun: revive("onBeforeRun"),
    onBeforeRunAsync: revive("onBeforeRunAsync"),
    codeBeforeRun: sources?.codeBeforeRun ?? [],
    codeBeforeRunAsync: sources?.codeBeforeRunAsync ?? [],
    codeAfterRun: sources?.codeAfterRun ?? [],
    codeAfterRunAsync: sources?.codeAfterRunAsync ?? [],
    onAfterRun: revive("onAfterRun"),
    onAfterRunAsync: revive("onAfterRunAsync"),
  };
}
