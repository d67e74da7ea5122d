/**
 * The two files our Pyodide loads from the runtime folder instead of Pyodide's own, both made at build time.
 *
 * The heap snapshot (scripts/pyodide-snapshot.mjs): the interpreter state right after start-up. Restoring it
 * skips Python's own initialisation, but it weighs about 5 MB on the wire, as much as the rest of the
 * interpreter; so only a visitor whose cache already holds it restores it (main/pyodide-snapshot-cache.ts
 * decides, and fetches it for next time).
 *
 * The standard library archive (scripts/pyodide-stdlib.mjs): Pyodide's, plus the bytecode of the modules every
 * start imports. The snapshot indexes this very archive, so the two always go together.
 */

/** Paths inside `/_runtime/<hash>/`, as in engine-sizes.json. */
export const pyodideSnapshotPath = "pyodide-snapshot.bin";
export const pyodideStdlibPath = "pyodide-stdlib.zip";

export function pyodideSnapshotUrl(runtimeBase: string): string {
  return new URL(pyodideSnapshotPath, runtimeBase).href;
}

export function pyodideStdlibUrl(runtimeBase: string): string {
  return new URL(pyodideStdlibPath, runtimeBase).href;
}
