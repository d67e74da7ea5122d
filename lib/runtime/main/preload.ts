import type { EngineType } from "../interpreters/engine";
import { engineFiles } from "../interpreters/engine-files";
import { freshStartFiles, restoreFiles } from "../interpreters/pyodide-files";

const preloaded = new Set<EngineType>();

/**
 * Announces the interpreter's files (interpreters/engine-files.ts) so the browser reads them in parallel; those
 * the page's `Link` header announced already are not fetched twice. `pyodideSnapshot`: Pyodide will restore
 * its heap snapshot (read first) rather than start afresh.
 */
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
