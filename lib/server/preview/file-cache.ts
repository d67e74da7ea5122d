import type { ServedFile } from "./served-file";

/** What serving needs to know about one path of one project. */
export type PreviewEntry = {
  projectId: string;
  isolated: boolean;
  file: ServedFile | null;
  /** The file is the platform's own (`sw.js`, `mini-coi.js`), the project having none of that name. */
  builtin?: boolean;
  /** For a version's file: the version served, or null when the project has no such version. */
  version?: number | null;
};

type Stored = { entry: PreviewEntry; bytes: number };

// Bookkeeping per entry beyond the body, so a flood of 404 paths still counts against the cap.
const entryOverheadBytes = 256;

/**
 * Per-process cache of served files, correct across app instances because it trusts nothing it has not
 * been told is current: it only stores while the change feed is live, drops a project on its change
 * notification, and drops everything when the feed is lost. A load that overlaps any invalidation is
 * not stored (the `epoch` check), so a slow read can never re-insert a file that changed meanwhile.
 * Unknown projects are never cached: a project created elsewhere must appear at once.
 */
export class PreviewFileCache {
  #entries = new Map<string, Stored>();
  #keysByProject = new Map<string, Set<string>>();
  #loading = new Map<string, Promise<PreviewEntry | null>>();
  #epoch = 0;
  #bytes = 0;
  #live = false;

  constructor(private readonly maxBytes: number) {}

  get(slug: string, path: string, load: () => Promise<PreviewEntry | null>): Promise<PreviewEntry | null> {
    // A slug never contains '/', so this key is unambiguous (`holds` reads it too).
    const key = `${slug}/${path}`;
    const hit = this.#entries.get(key);
    if (hit) {
      // Map order is the eviction order: re-inserting makes this the most recently used.
      this.#entries.delete(key);
      this.#entries.set(key, hit);
      return Promise.resolve(hit.entry);
    }
    if (!this.#live) return load();
    const pending = this.#loading.get(key);
    if (pending) return pending;
    const epoch = this.#epoch;
    const loading = load()
      .then((entry) => {
        if (entry && this.#live && epoch === this.#epoch) this.#store(key, entry);
        return entry;
      })
      .finally(() => {
        if (this.#loading.get(key) === loading) this.#loading.delete(key);
      });
    this.#loading.set(key, loading);
    return loading;
  }

  /** The change feed is live: from now on every change will be reported. */
  start(): void {
    this.#forgetAll();
    this.#live = true;
  }

  /** Changes may have been missed: serve uncached until `start` again. */
  stop(): void {
    this.#live = false;
    this.#forgetAll();
  }

  invalidateProject(projectId: string): void {
    this.#epoch += 1;
    // Requests arriving after the notification must not join a load that may predate the write.
    this.#loading.clear();
    for (const key of this.#keysByProject.get(projectId) ?? []) this.#remove(key);
  }

  /** True while the change feed is live, i.e. while the cache stores anything. */
  get live(): boolean {
    return this.#live;
  }

  /** Whether `slug`'s `path` is stored: a read of it now would not reach the database. */
  holds(slug: string, path: string): boolean {
    return this.#entries.has(`${slug}/${path}`);
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.#entries.size, bytes: this.#bytes };
  }

  #store(key: string, entry: PreviewEntry): void {
    const bytes = (entry.file?.body.byteLength ?? 0) + key.length + entryOverheadBytes;
    if (bytes > this.maxBytes) return;
    this.#remove(key);
    this.#entries.set(key, { entry, bytes });
    this.#bytes += bytes;
    let keys = this.#keysByProject.get(entry.projectId);
    if (!keys) this.#keysByProject.set(entry.projectId, (keys = new Set()));
    keys.add(key);
    for (const oldest of this.#entries.keys()) {
      if (this.#bytes <= this.maxBytes) break;
      this.#remove(oldest);
    }
  }

  #remove(key: string): void {
    const stored = this.#entries.get(key);
    if (!stored) return;
    this.#entries.delete(key);
    this.#bytes -= stored.bytes;
    const keys = this.#keysByProject.get(stored.entry.projectId);
    keys?.delete(key);
    if (keys?.size === 0) this.#keysByProject.delete(stored.entry.projectId);
  }

  #forgetAll(): void {
    this.#epoch += 1;
    this.#loading.clear();
    this.#entries.clear();
    this.#keysByProject.clear();
    this.#bytes = 0;
  }
}
