import type { WorkerEvent } from "../../protocol/worker";

/** The slice of DedicatedWorkerGlobalScope we use (the project's TS lib is "dom", not "webworker"). */
type WorkerScope = {
  postMessage(message: unknown): void;
  addEventListener(type: "message", listener: (event: MessageEvent) => void): void;
  removeEventListener(type: "message", listener: (event: MessageEvent) => void): void;
};

export const workerScope = globalThis as unknown as WorkerScope;

/** Every worker → page message goes through here, so its shape is checked by the compiler. */
export function postToPage(event: WorkerEvent): void {
  workerScope.postMessage(event);
}
