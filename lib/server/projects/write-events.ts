import "server-only";

type Listener = (projectId: string) => void;

/**
 * Committed writes to a project, announced inside this process so its preview cache drops the project at
 * once (read-your-writes on the writing instance); other instances hear of it through NOTIFY. The set lives
 * on globalThis because the custom server bundle and Next's bundle of the route handlers are two copies of
 * this module in one process (see db.ts): the writer is in one, the cache in the other.
 */
const listenersKey = Symbol.for("pysandbox.projectWriteListeners");
const globalListeners = globalThis as typeof globalThis & { [listenersKey]?: Set<Listener> };

function listeners(): Set<Listener> {
  return (globalListeners[listenersKey] ??= new Set());
}

/** Calls `listener` after each committed write; returns the function that stops it. */
export function onProjectWritten(listener: Listener): () => void {
  listeners().add(listener);
  return () => void listeners().delete(listener);
}

/** Call after the write's transaction committed, before answering the request that made it. */
export function announceProjectWritten(projectId: string): void {
  for (const listener of listeners()) listener(projectId);
}
