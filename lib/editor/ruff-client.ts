import { ruffResponse, type RuffDiagnostic, type RuffRequest } from "../protocol/ruff";
import { editorAssets } from "./load-monaco";

type Pending = { resolve: (value: RuffDiagnostic[] | string) => void; reject: (error: Error) => void };

/** The editor's handle on the Ruff worker: requests are correlated by id, answers parsed on receipt. */
export function createRuffClient() {
  const worker = new Worker(`${editorAssets}/ruff.worker.js`, { type: "module", name: "ruff" });
  const pending = new Map<number, Pending>();
  let nextId = 1;

  worker.onmessage = (event) => {
    const message = ruffResponse.safeParse(event.data);
    if (!message.success || message.data.type === "ready") return;
    const waiting = pending.get(message.data.id);
    if (!waiting) return;
    pending.delete(message.data.id);
    if (message.data.type === "checked") waiting.resolve(message.data.diagnostics);
    else if (message.data.type === "formatted") waiting.resolve(message.data.source);
    else waiting.reject(new Error(message.data.message));
  };

  const ask = (type: RuffRequest["type"], source: string) =>
    new Promise<RuffDiagnostic[] | string>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ type, id, source } satisfies RuffRequest);
    });

  return {
    check: (source: string) => ask("check", source) as Promise<RuffDiagnostic[]>,
    format: (source: string) => ask("format", source) as Promise<string>,
    dispose: () => worker.terminate(),
  };
}
export type RuffClient = ReturnType<typeof createRuffClient>;
