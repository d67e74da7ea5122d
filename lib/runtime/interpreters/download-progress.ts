import type { EngineType } from "./engine";
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
): () => Promise<void> {
  if (typeof PerformanceObserver === "undefined") return async () => {};
  const seen = new Set<string>();
  let sizes: Map<string, number> | null = null;
  const total = (): number => [...(sizes?.values() ?? [])].reduce((sum, size) => sum + size, 0);
  const post = (): void => {
    if (!sizes) return;
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
  const sizesLoaded = fetch(new URL("engine-sizes.json", runtimeBase))
    .then((response) => (response.ok ? (response.json() as Promise<Record<string, Record<string, number>>>) : null))
    .then((all) => {
      const own = all && Object.hasOwn(all, type) ? all[type] : null;
      // engine-sizes.json lists the files of both kinds of Pyodide start; this one reads one kind.
      const unread: readonly string[] = pyodideSnapshot ? freshStartFiles : restoreFiles;
      if (own) sizes = new Map(Object.entries(own).filter(([path]) => !unread.includes(path)));
      post();
    })
    .catch(() => undefined);
  return async () => {
    observer.disconnect();
    // A cached interpreter can be up before the sizes arrive; its last report must still come before the next stage's.
    await sizesLoaded;
    if (sizes) report("interpreter", total(), total());
  };
}
