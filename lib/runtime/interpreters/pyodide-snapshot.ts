/**
 * Pyodide's heap snapshot, made at build time (scripts/pyodide-snapshot.mjs): the interpreter state right
 * after start-up. Restoring it skips Python's own initialisation (~0.8 s), but it weighs about 5 MB on the
 * wire, as much as the rest of the interpreter. So only a visitor whose cache already holds it restores it
 * (main/pyodide-snapshot-cache.ts decides, and fetches it for next time).
 */

/** Its path inside `/_runtime/<hash>/`, as in engine-sizes.json. */
export const pyodideSnapshotPath = "pyodide-snapshot.bin";

export function pyodideSnapshotUrl(runtimeBase: string): string {
  return new URL(pyodideSnapshotPath, runtimeBase).href;
}
