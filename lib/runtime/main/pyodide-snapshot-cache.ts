import { pyodideSnapshotUrl } from "../interpreters/pyodide-files";
import { afterAllDone } from "./scripts";

/**
 * Whether Pyodide starts from its heap snapshot. A first visit boots from the standard library, as PyScript
 * does, so it downloads no more than PyScript's; once the page's Python has finished and the page is idle, it
 * fetches the snapshot into the browser's HTTP cache, and later visits restore it (~0.8 s faster).
 *
 * The HTTP cache cannot be asked what it holds (the runtime host is another origin), so localStorage records
 * which snapshot was fetched: its URL, which names the runtime build. A record whose bytes the browser has
 * since evicted costs one download at boot, as before this existed. Where storage is refused (a frame of a
 * site that blocks third-party storage) every visit is a first one.
 */
const storageKey = "pysandbox:pyodide-snapshot";
let fetching = false;

export function pyodideSnapshotCached(runtimeBase: string): boolean {
  try {
    return localStorage.getItem(storageKey) === pyodideSnapshotUrl(runtimeBase);
  } catch {
    return false;
  }
}

/** After a boot without the snapshot: fetch it for next time, once nothing on the page waits for the network. */
export function fetchPyodideSnapshotForNextTime(runtimeBase: string): void {
  const connection = (navigator as { connection?: { saveData?: boolean } }).connection;
  if (fetching || connection?.saveData || pyodideSnapshotCached(runtimeBase)) return;
  fetching = true;
  afterAllDone(() => whenIdle(() => void download(pyodideSnapshotUrl(runtimeBase))));
}

async function download(url: string): Promise<void> {
  try {
    // Read to the end (and dropped) so the cache keeps the whole response; the same request as the loader's.
    const response = await fetch(url, { priority: "low" });
    if (!response.ok || !response.body) return;
    await response.body.pipeTo(new WritableStream());
    localStorage.setItem(storageKey, url);
  } catch {
    // Offline, refused storage, a page closing: the next visit boots from the standard library again.
  }
}

function whenIdle(callback: () => void): void {
  if (typeof requestIdleCallback === "function") requestIdleCallback(callback);
  else setTimeout(callback, 0);
}
