import type { EngineType } from "../engines/engine";
import type { ConsoleChannel } from "./channel";

/**
 * One indeterminate bar at the top of the page while any interpreter loads. An interpreter's first load
 * can take seconds (Pyodide is ~12 MB), and a blank page reads as broken.
 */
let bar: HTMLElement | null = null;
let pending = 0;

export function trackLoading<T>(loading: Promise<T>, label: string): Promise<T> {
  if (pending++ === 0) {
    bar = document.createElement("div");
    bar.className = "py-loading";
    bar.setAttribute("role", "progressbar");
    bar.setAttribute("aria-label", label);
    document.body.prepend(bar);
  }
  const finish = (): void => {
    if (--pending === 0) bar?.remove();
  };
  loading.then(finish, finish);
  return loading;
}

export type ProgressStage = "interpreter" | "packages" | "files";
export type ReportProgress = (stage: ProgressStage, loaded: number, total?: number) => void;

/** Loading progress for the editor's bar, as `progress` messages on the console channel. */
export function progressOnChannel(channel: ConsoleChannel): ReportProgress {
  return (stage, loaded, total) => channel.post({ type: "progress", stage, loaded, ...(total === undefined ? {} : { total }) });
}

/**
 * The interpreter's download, in bytes: each of its files counts once the browser has it (Resource Timing,
 * which also sees preloads and cache hits), against the sizes the build wrote into engine-sizes.json.
 * The loaders fetch these files themselves, so this is per file, not per chunk. Returns the function that
 * stops watching (once the interpreter is up) and reports everything loaded.
 */
export function watchInterpreterDownload(type: EngineType, runtimeBase: string, report: ReportProgress): () => void {
  if (typeof PerformanceObserver === "undefined") return () => {};
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
  fetch(new URL("engine-sizes.json", runtimeBase))
    .then((response) => (response.ok ? (response.json() as Promise<Record<string, Record<string, number>>>) : null))
    .then((all) => {
      const own = all && Object.hasOwn(all, type) ? all[type] : null;
      if (own) sizes = new Map(Object.entries(own));
      post();
    })
    .catch(() => undefined);
  return () => {
    observer.disconnect();
    if (sizes) report("interpreter", total(), total());
  };
}
