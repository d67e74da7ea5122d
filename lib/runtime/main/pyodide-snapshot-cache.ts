import { pyodideFileUrl, restoreFiles } from "../interpreters/pyodide-files";
import { afterAllDone } from "./scripts";

/**
 * Whether Pyodide restores its heap snapshot (interpreters/pyodide-files.ts). A first visit starts afresh, so
 * it downloads no more than PyScript's; once the page's Python has finished and the page is idle, it fetches
 * what a restore reads into the browser's HTTP cache, and later visits restore.
 *
 * The HTTP cache cannot be asked what it holds (the runtime host is another origin), so localStorage records
 * which snapshot was fetched: its URL, which names the runtime build. A record whose bytes the browser has
 * since evicted costs a download at boot. Where storage is refused (a frame of a site that blocks third-party
 * storage) every visit is a first one.
 */
const storageKey = "pysandbox:pyodide-snapshot";
let fetching = false;

export function pyodideSnapshotCached(runtimeBase: string): boolean {
  try {
    return localStorage.getItem(storageKey) === pyodideFileUrl(runtimeBase, "pyodide-snapshot.bin");
  } catch {
    return false;
  }
}

/** After a fresh start: fetch what a restore reads, for next time, once nothing on the page waits for the network. */
export function fetchPyodideSnapshotForNextTime(runtimeBase: string): void {
  const connection = (navigator as { connection?: { saveData?: boolean } }).connection;
  if (fetching || connection?.saveData || pyodideSnapshotCached(runtimeBase)) return;
  fetching = true;
  afterAllDone(() => whenIdle(() => void download(runtimeBase)));
}

async function download(runtimeBase: string): Promise<void> {
  try {
    await Promise.all(restoreFiles.map((path) => read(pyodideFileUrl(runtimeBase, path))));
    localStorage.setItem(storageKey, pyodideFileUrl(runtimeBase, "pyodide-snapshot.bin"));
  } catch {
    // Offline, refused storage, a page closing: the next visit starts afresh again.
  }
}

/** Reads a file to the end (and drops it) so the cache keeps the whole response; the same request as the loader's. */
async function read(url: string): Promise<void> {
  const response = await fetch(url, { priority: "low" });
  if (!response.ok || !response.body) throw new Error(`${url}: HTTP ${response.status}`);
  await response.body.pipeTo(new WritableStream());
}

function whenIdle(callback: () => void): void {
  if (typeof requestIdleCallback === "function") requestIdleCallback(callback);
  else setTimeout(callback, 0);
}
