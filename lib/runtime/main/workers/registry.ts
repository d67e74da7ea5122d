import type { WorkerHandle } from "./spawn";

/**
 * The page's workers: by `name=` for `workers["name"]` (which may be awaited before the script is even
 * scanned), and all live ones for the console channel's `stop`.
 */
const named = new Map<string, { handle: Promise<WorkerHandle>; resolve(handle: WorkerHandle): void }>();
const live = new Set<WorkerHandle>();

function slot(name: string) {
  let entry = named.get(name);
  if (!entry) {
    let resolve!: (handle: WorkerHandle) => void;
    const handle = new Promise<WorkerHandle>((r) => (resolve = r));
    named.set(name, (entry = { handle, resolve }));
  }
  return entry;
}

export function registerWorker(handle: WorkerHandle, name: string | null): void {
  live.add(handle);
  if (name) slot(name).resolve(handle);
}

export function forgetWorker(handle: WorkerHandle): void {
  live.delete(handle);
}

/** The worker called `name`, once a script with that name exists (PyScript waits the same way). */
export function namedWorker(name: string): Promise<WorkerHandle> {
  return slot(name).handle;
}

export function liveWorkers(): WorkerHandle[] {
  return [...live];
}
