/// <reference lib="webworker" />
import init, { PositionEncoding, Workspace, type Diagnostic } from "@astral-sh/ruff-wasm-web";
import { ruffRequest, type RuffDiagnostic, type RuffResponse } from "../protocol/ruff";

/**
 * Ruff (parser, linter, formatter) compiled to WebAssembly, off the main thread: its first check compiles
 * ~11 MB of wasm, which would freeze typing. The wasm sits next to this file in the served editor folder.
 */
declare const self: DedicatedWorkerGlobalScope;

const post = (message: RuffResponse): void => self.postMessage(message);

const ready = init({ module_or_path: new URL("./ruff_wasm_bg.wasm", import.meta.url) }).then(() => {
  // Pyflakes and pycodestyle errors: what a person in a playground wants flagged, without style nagging.
  const workspace = new Workspace({ "line-length": 100, lint: { select: ["E4", "E7", "E9", "F"] } }, PositionEncoding.Utf16);
  post({ type: "ready", version: Workspace.version() });
  return workspace;
});

const toDiagnostic = (d: Diagnostic): RuffDiagnostic => ({
  code: d.code,
  message: d.message,
  start: d.start_location,
  end: d.end_location,
});

self.onmessage = async (event: MessageEvent) => {
  const request = ruffRequest.safeParse(event.data);
  if (!request.success) return;
  const { id, source } = request.data;
  try {
    const workspace = await ready;
    if (request.data.type === "check") {
      post({ type: "checked", id, diagnostics: (workspace.check(source) as Diagnostic[]).map(toDiagnostic) });
    } else {
      post({ type: "formatted", id, source: workspace.format(source) });
    }
  } catch (error) {
    post({ type: "failed", id, message: error instanceof Error ? error.message : String(error) });
  }
};
