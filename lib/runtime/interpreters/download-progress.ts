import type { EngineType } from "./engine";
import { engineFiles } from "./engine-files";
import { freshStartFiles, restoreFiles } from "./pyodide-files";

/** Loading progress of one interpreter, page or worker: the stage, and how far it is (bytes, or packages). */
export type LoadProgress = (stage: "interpreter" | "packages" | "files", loaded: number, total?: number) => void;

/**
 * The interpreter's download, in bytes: each of its files counts once the browser has it (Resource Timing,
 * which also sees preloads and cache hits), against the sizes the build wrote into engine-sizes.json.
 * The loaders fetch these files themselves, so this is per file, not per chunk. Returns the function that
 * stops watching (once the interpreter is up) and reports everything loaded.
 */
export function watchInterpreterDownload(
  type: EngineType,
  runtimeBase: string,
  report: LoadProgress,
  { pyodideSnapshot }: { pyodideSnapshot: boolean },
): () => void {
  if (typeof PerformanceObserver === "undefined") return () => {};
  const seen = new Set<string>();
  let sizes: Map<string, number> | null = null;
  let finished = false;
  const total = (): number => [...(sizes?.values() ?? [])].reduce((sum, size) => sum + size, 0);
  const post = (): void => {
    if (!sizes || finished) return;
    let loaded = 0;
    for (const path of seen) loaded += sizes.get(path) ?? 0;
    report("interpreter", loaded, total());
  };
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name.startsWith(runtimeBase)) seen.add(entry.name.slice(runtimeBase.length).split(/[?#]/)[0]!);
    }
    post();
  });
  observer.observe({ type: "resource", buffered: true });
  // Which files this start reads: engine-sizes.json lists both kinds of Pyodide start.
  const unread: readonly string[] = pyodideSnapshot ? freshStartFiles : restoreFiles;
  fetch(new URL("engine-sizes.json", runtimeBase))
    .then((response) => (response.ok ? (response.json() as Promise<Record<string, Record<string, number>>>) : null))
    .then((all) => {
      const own = all && Object.hasOwn(all, type) ? all[type] : null;
      if (own) sizes = new Map(Object.entries(own).filter(([path]) => !unread.includes(path)));
      post();
    })
    .catch(() => undefined);
  return () => {
    observer.disconnect();
    // A cached interpreter can be up before the sizes arrive, and the start does not wait for them: its files'
    // sizes are then read off the timing of what the browser fetched.
    sizes ??= fetchedSizes(type, runtimeBase, unread);
    if (sizes.size > 0) report("interpreter", total(), total());
    finished = true;
  };
}

/** The decoded sizes of the interpreter's files the page has read, by path below the runtime folder. */
function fetchedSizes(type: EngineType, runtimeBase: string, unread: readonly string[]): Map<string, number> {
  const { modules, fetches } = engineFiles[type];
  const files = [...modules, ...fetches, ...(type === "pyodide" ? [...freshStartFiles, ...restoreFiles] : [])].filter((path) => !unread.includes(path));
  const sizes = new Map<string, number>();
  for (const entry of performance.getEntriesByType("resource") as PerformanceResourceTiming[]) {
    const path = entry.name.startsWith(runtimeBase) ? entry.name.slice(runtimeBase.length).split(/[?#]/)[0]! : "";
    if (files.includes(path)) sizes.set(path, entry.decodedBodySize);
  }
  return sizes;
}
