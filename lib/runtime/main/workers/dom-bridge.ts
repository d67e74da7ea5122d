import type { DomOperation } from "../../../protocol/dom-channel";
import { DOM_CALLBACK } from "../../../protocol/worker";
import { resolvePaths } from "../../ffi/js-path";

type Callable = (...args: unknown[]) => unknown;

/**
 * The page end of `window`/`document` in a worker (pyscript/_worker_dom.py is the other end).
 * One synchronous round trip per Python operation: a read returns the value itself when it is a primitive,
 * or a reference number for an object, valid until the worker's Python side drops the last reference it
 * made from it (so a DOM reference cached in a variable keeps working, and a worker that touches a new
 * event object a thousand times does not keep a thousand events alive). No introspection traffic.
 *
 * `gather` (`pyscript.ffi.gather`/`query`) reads several paths from one object in a single trip: `key` is
 * the list of paths, the answer the list of values, or a PathFailure string when one does not resolve.
 *
 * Wire values: primitives as they are; `{r: id, f: 1|0}` an object (f: callable); `{m: 1}` for a read of a
 * property the object does not have (undefined and not `in` it), which Python's getattr turns into
 * AttributeError as both engines do on the main thread; from the worker also `{a: [...]}` a list, `{o: {...}}` a
 * dict, `{b: [...]}` bytes (a Uint8Array here), `{c: id}` a Python callable (called back asynchronously).
 */
type Wire = unknown;

export type DomBridge = {
  call(op: DomOperation, id: number, key: unknown, args: Wire[] | null): Wire;
  /** A page object handed to the worker as a reference, as a read of it would be. */
  reference(value: object): Wire;
  /** The worker dropped one Python reference per listed id (one per time the id was handed out). */
  release(ids: readonly number[]): void;
  /** The worker is gone: lets go of every page object and callback it held. */
  dispose(): void;
  /** How many page objects the worker holds; tests read it through `referenceCountHook`. */
  readonly size: number;
};

export function createDomBridge(proxy: Record<string, Callable>): DomBridge {
  // Ids are never reused, so a late release can only ever concern the object it was made for.
  const objects = new Map<number, unknown>([[0, globalThis]]);
  const ids = new Map<unknown, number>([[globalThis, 0]]);
  /** Per id, how many Python references the worker may still hold (window, id 0, is never released). */
  const handedOut = new Map<number, number>();
  const callbacks = new Map<number, Callable>();
  let nextId = 1;

  const toWire = (value: unknown): Wire => {
    if (value === null || (typeof value !== "object" && typeof value !== "function")) {
      return typeof value === "bigint" || typeof value === "symbol" ? String(value) : value;
    }
    let id = ids.get(value);
    if (id === undefined) {
      id = nextId++;
      objects.set(id, value);
      ids.set(value, id);
    }
    if (id !== 0) handedOut.set(id, (handedOut.get(id) ?? 0) + 1);
    return { r: id, f: typeof value === "function" ? 1 : 0 };
  };

  const fromWire = (value: Wire): unknown => {
    if (value === null || typeof value !== "object" || ArrayBuffer.isView(value)) return value;
    const tagged = value as { r?: number; c?: number; a?: Wire[]; o?: Record<string, Wire>; b?: number[] };
    if (tagged.r !== undefined) return objects.get(tagged.r);
    if (tagged.a !== undefined) return tagged.a.map(fromWire);
    if (tagged.o !== undefined) return Object.fromEntries(Object.entries(tagged.o).map(([k, v]) => [k, fromWire(v)]));
    if (tagged.b !== undefined) return Uint8Array.from(tagged.b);
    if (tagged.c !== undefined) return callbackFor(tagged.c);
    return value;
  };

  // Events and other arguments travel as references; the worker runs the Python callable when it can
  // (asynchronously: a worker cannot answer while the page waits, so preventDefault() is too late there).
  const callbackFor = (id: number): Callable => {
    let callback = callbacks.get(id);
    if (!callback) {
      callback = (...args) => void proxy[DOM_CALLBACK]!(id, args.map(toWire));
      callbacks.set(id, callback);
    }
    return callback;
  };

  const call: DomBridge["call"] = (op, id, key, args) => {
    const target = objects.get(id) as Record<PropertyKey, unknown> & Callable;
    const values = args ? args.map(fromWire) : [];
    const name = key as PropertyKey;
    switch (op) {
      case "get": {
        const value = target[name];
        return value === undefined && !(name in target) ? { m: 1 } : toWire(value);
      }
      case "set":
        target[name] = values[0];
        return null;
      case "del":
        return delete target[name];
      case "has":
        return name in target;
      case "apply":
        // `key` is the id of `this` for a method read from an object, or null for a plain function.
        return toWire(Reflect.apply(target, key === null ? undefined : objects.get(key as number), values));
      case "new":
        return toWire(Reflect.construct(target, values));
      case "len":
        return (target as unknown as { length?: number; size?: number }).length ?? (target as unknown as { size: number }).size;
      case "iter":
        return Array.from(target as unknown as Iterable<unknown>, toWire);
      case "str":
        return String(target);
      case "gather": {
        const gathered = resolvePaths(target, key as string[]);
        return typeof gathered === "string" ? gathered : gathered.map(toWire);
      }
    }
  };

  const release = (released: readonly number[]): void => {
    for (const id of released) {
      if (id === 0) continue;
      const left = (handedOut.get(id) ?? 0) - 1;
      if (left > 0) {
        handedOut.set(id, left);
        continue;
      }
      handedOut.delete(id);
      ids.delete(objects.get(id));
      objects.delete(id);
    }
  };

  return {
    call,
    reference: toWire,
    release,
    dispose() {
      objects.clear();
      ids.clear();
      handedOut.clear();
      callbacks.clear();
    },
    get size() {
      return objects.size;
    },
  };
}
