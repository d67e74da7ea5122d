// When Monaco's editor worker cannot start, editorWorkerService.js runs the worker's code on the page instead.
// That code is large and the worker nearly always starts, so it is a chunk loaded only then (replacedImports in
// scripts/build-editor.mjs).

/** Stands for Monaco's EditorWorker: every method call waits for the chunk and goes to the real one. */
export class EditorWorker {
  constructor(...args) {
    const worker = import("monaco-editor/editor/common/services/editorWebWorker.js").then(({ EditorWorker }) => new EditorWorker(...args));
    // Callers treat it as the worker's proxy, whose methods all answer with a promise; it is not a promise itself.
    return new Proxy({}, { get: (_, method) => (method === "then" ? undefined : (...callArgs) => worker.then((real) => real[method](...callArgs))) });
  }
}
