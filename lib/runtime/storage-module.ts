/**
 * `storage.js` beside core.js, served for PyScript's `…/storage.js`: `const store = await storage("name")`
 * is an object whose properties live in the same IndexedDB store as Python's `await storage("name")`
 * (python/pyscript/storage_impl.py): database `name`, version 1, object store `entries`, string keys,
 * values as text: `j` + JSON, or `b` (`m` for a Python memoryview) + base64 for bytes. Reads come from what the store held when opened
 * plus this object's own writes; each write or delete is its own transaction, started at once, so IndexedDB
 * applies them in order, before any transaction (Python's too) opened afterwards reads the store.
 */
const STORE = "entries";

type Value = unknown;

function settled<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function encode(key: string, value: Value): string {
  if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
    const bytes = value instanceof ArrayBuffer ? new Uint8Array(value) : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    let binary = "";
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return `b${btoa(binary)}`;
  }
  if (!isJson(value)) {
    throw new TypeError(
      `storage: ${key} must be a boolean, number, string, null, or an array or plain object of them, or bytes on their own`,
    );
  }
  return `j${JSON.stringify(value)}`;
}

function isJson(value: Value): boolean {
  if (value === null || typeof value === "boolean" || typeof value === "string") return true;
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJson);
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) return Object.values(value).every(isJson);
  return false;
}

function decode(text: string): Value {
  if (text.startsWith("b") || text.startsWith("m")) return Uint8Array.from(atob(text.slice(1)), (char) => char.charCodeAt(0));
  return JSON.parse(text.slice(1));
}

function open(name: string): Promise<IDBDatabase> {
  const opening = indexedDB.open(name, 1);
  opening.onupgradeneeded = () => opening.result.createObjectStore(STORE);
  return settled(opening);
}

/** Exported by name too, as PyScript's storage.js exports it (`import { storage } from ".../storage.js"`). */
export async function storage(name: string): Promise<Record<string, Value>> {
  if (!name) throw new TypeError('storage() needs the name of the store, e.g. await storage("my-app")');
  const database = await open(String(name));
  const reading = database.transaction(STORE, "readonly").objectStore(STORE);
  const [keys, values] = await Promise.all([settled(reading.getAllKeys()), settled(reading.getAll())]);
  const entries: Record<string, Value> = {};
  // Defined, not assigned: a key such as "__proto__" is an entry like any other.
  const put = (key: string, value: Value): boolean =>
    Reflect.defineProperty(entries, key, { value, writable: true, enumerable: true, configurable: true });
  keys.forEach((key, index) => put(String(key), decode(String(values[index]))));
  const write = (action: (store: IDBObjectStore) => void): void => action(database.transaction(STORE, "readwrite").objectStore(STORE));
  return new Proxy(entries, {
    set(_, key, value) {
      if (typeof key !== "string") return false;
      const text = encode(key, value);
      write((store) => store.put(text, key));
      return put(key, value);
    },
    deleteProperty(target, key) {
      if (typeof key !== "string") return false;
      write((store) => store.delete(key));
      delete target[key];
      return true;
    },
  });
}

export default storage;
