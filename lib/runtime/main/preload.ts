import type { EngineType } from "../interpreters/engine";
import { freshStartFiles, restoreFiles } from "../interpreters/pyodide-files";

/**
 * Files each interpreter will ask for, in the order it asks. The interpreter's loader only discovers most of
 * them after its own module has loaded; announcing them all at once lets the browser read them in parallel.
 * Paths are relative to the runtime folder.
 */
const engineFiles: Record<EngineType, { modules: string[]; fetches: string[] }> = {
  micropython: { modules: ["micropython/micropython.mjs"], fetches: ["micropython/micropython.wasm"] },
  pyodide: {
    modules: ["pyodide/pyodide.mjs", "pyodide/pyodide.asm.mjs"],
    fetches: ["pyodide/pyodide.asm.wasm", "pyodide/pyodide-lock.json"],
  },
};

const preloaded = new Set<EngineType>();

/** `pyodideSnapshot`: Pyodide will restore its heap snapshot (read first) rather than start afresh. */
export function preloadEngine(type: EngineType, runtimeBase: string, { pyodideSnapshot }: { pyodideSnapshot: boolean }): void {
  if (preloaded.has(type)) return;
  preloaded.add(type);
  const { modules, fetches } = engineFiles[type];
  const url = (path: string) => new URL(path, runtimeBase).href;
  const links = [
    ...modules.map((path) => link("modulepreload", url(path))),
    // `as=fetch` + anonymous CORS is exactly how the loaders fetch these, so the browser reuses the response.
    ...[...(type === "pyodide" ? (pyodideSnapshot ? restoreFiles : freshStartFiles) : []), ...fetches].map((path) =>
      Object.assign(link("preload", url(path)), { as: "fetch", crossOrigin: "anonymous" }),
    ),
  ];
  document.head.append(...links);
}

function link(rel: string, href: string): HTMLLinkElement {
  return Object.assign(document.createElement("link"), { rel, href });
}
