/**
 * What our Pyodide reads besides the interpreter itself, by kind of start (paths inside `/_runtime/<hash>/`,
 * as in engine-sizes.json). Both kinds end in the same interpreter state.
 *
 * A fresh start reads our standard library archive (scripts/pyodide-stdlib.mjs): Pyodide's, plus the bytecode
 * of the modules every start imports, stored for brotli. It weighs what Pyodide's does on the wire, and the
 * start compiles none of those modules.
 *
 * A restore reads the heap snapshot (scripts/pyodide-snapshot.mjs), the state right after start-up, which skips
 * the start altogether, and Pyodide's own archive, the one the snapshot's heap indexes: small once decoded,
 * which a warm load, reading everything from the cache, feels. The snapshot weighs about 5 MB, so only a
 * visitor whose cache holds both files restores (main/pyodide-snapshot-cache.ts decides, and fetches them
 * for next time).
 */
export const freshStartFiles = ["pyodide-stdlib.zip"] as const;
export const restoreFiles = ["pyodide-snapshot.bin", "pyodide/python_stdlib.zip"] as const;

export function pyodideFileUrl(runtimeBase: string, path: (typeof freshStartFiles)[number] | (typeof restoreFiles)[number]): string {
  return new URL(path, runtimeBase).href;
}
