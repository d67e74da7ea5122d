import type { EngineType } from "../interpreters/engine";
import { engineAssetBase } from "../interpreters/load";
import { pyodideSnapshotUrl } from "../interpreters/pyodide-snapshot";

/**
 * Files each interpreter will ask for, in the order it asks. The interpreter's loader only discovers most of
 * them after its own module has loaded; announcing them all at once lets the browser read them in parallel.
 * Paths are relative to the engine's folder.
 */
const engineFiles: Record<EngineType, { modules: string[]; fetches: string[] }> = {
  micropython: { modules: ["micropython.mjs"], fetches: ["micropython.wasm"] },
  pyodide: {
    modules: ["pyodide.mjs", "pyodide.asm.mjs"],
    fetches: ["pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"],
  },
};

const preloaded = new Set<EngineType>();

/** `pyodideSnapshot`: the interpreter will restore its heap snapshot, so that is read first. */
export function preloadEngine(type: EngineType, runtimeBase: string, { pyodideSnapshot }: { pyodideSnapshot: boolean }): void {
  if (preloaded.has(type)) return;
  preloaded.add(type);
  const base = engineAssetBase(runtimeBase, type);
  const { modules } = engineFiles[type];
  const fetches = engineFiles[type].fetches.map((file) => new URL(file, base).href);
  if (pyodideSnapshot) fetches.unshift(pyodideSnapshotUrl(runtimeBase));
  const links = [
    ...modules.map((file) => link("modulepreload", new URL(file, base).href)),
    // `as=fetch` + anonymous CORS is exactly how the loaders fetch these, so the browser reuses the response.
    ...fetches.map((href) => Object.assign(link("preload", href), { as: "fetch", crossOrigin: "anonymous" })),
  ];
  document.head.append(...links);
}

function link(rel: string, href: string): HTMLLinkElement {
  return Object.assign(document.createElement("link"), { rel, href });
}
