/** The marker pyscript/ffi_transfer.py's `direct()` puts in place of bytes: `{"\u0000bytes": [0, 255, …]}`. */
const BYTES = "\u0000bytes";

/**
 * The JavaScript copy of what `pyscript.ffi.direct()` sent on the main thread: JSON text, with bytes marked,
 * parsed into plain objects, arrays and Uint8Arrays (the same values a worker's copy arrives as on the page).
 */
export function parsePlain(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown) =>
    value !== null && typeof value === "object" && BYTES in value ? Uint8Array.from((value as Record<string, number[]>)[BYTES]!) : value,
  );
}
