import { DOM_CALLBACK } from "../../../protocol/worker";

type Callable = (...args: unknown[]) => unknown;

/**
 * The page end of `window`/`document` in a worker (pyscript/_worker_dom.py is the other end).
 * One synchronous round trip per Python operation: a read returns the value itself when it is a primitive,
 * or a reference number for an object, which stays valid for as long as the worker lives (so a DOM reference
 * cached in a variable keeps working). No introspection traffic: Python only asks for what the code does.
 *
 * Wire values: primitives as they are; `{r: id, f: 1|0}` an object (f: callable); from the worker also
 * `{a: [...]}` a list, `{o: {...}}` a dict, `{c: id}` a Python callable (called back asynchronously).
 */
export type DomOperation = "get" | "set" | "del" | "has" | "apply" | "new" | "len" | "iter" | "str";

type Wire = unknown;

export function createDomBridge(proxy: Record<string, Callable>): (op: DomOperation, id: number, key: unknown, args: Wire[] | null) => Wire {
  const objects: unknown[] = [globalThis];
  const ids = new Map<unknown, number>([[globalThis, 0]]);
  const callbacks = new Map<number, Callable>();

  const toWire = (value: unknown): Wire => {
    if (value === null || (typeof value !== "object" && typeof value !== "function")) {
      return typeof value === "bigint" || typeof value === "symbol" ? String(value) : value;
    }
    let id = ids.get(value);
    if (id === undefined) {
      id = objects.push(value) - 1;
      ids.set(value, id);
    }
    return { r: id, f: typeof value === "function" ? 1 : 0 };
  };

  const fromWire = (value: Wire): unknown => {
    if (value === null || typeof value !== "object" || ArrayBuffer.isView(value)) return value;
    const tagged = value as { r?: number; c?: number; a?: Wire[]; o?: Record<string, Wire> };
    if (tagged.r !== undefined) return objects[tagged.r];
    if (tagged.a !== undefined) return tagged.a.map(fromWire);
    if (tagged.o !== undefined) return Object.fromEntries(Object.entries(tagged.o).map(([k, v]) => [k, fromWire(v)]));
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

  return (op, id, key, args) => {
    const target = objects[id] as Record<PropertyKey, unknown> & Callable;
    const values = args ? args.map(fromWire) : [];
    const name = key as PropertyKey;
    switch (op) {
      case "get":
        return toWire(target[name]);
      case "set":
        target[name] = values[0];
        return null;
      case "del":
        return delete target[name];
      case "has":
        return name in target;
      case "apply":
        // `key` is the id of `this` for a method read from an object, or null for a plain function.
        return toWire(Reflect.apply(target, key === null ? undefined : objects[key as number], values));
      case "new":
        return toWire(Reflect.construct(target, values));
      case "len":
        return (target as unknown as { length?: number; size?: number }).length ?? (target as unknown as { size: number }).size;
      case "iter":
        return Array.from(target as unknown as Iterable<unknown>, toWire);
      case "str":
        return String(target);
    }
  };
}
