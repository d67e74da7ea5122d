/**
 * The IndexedDB side of `pyscript.storage` (pyscript/storage.py), the same on the page and in a worker
 * (both have IndexedDB; one origin shares one database per name). Values arrive already encoded as strings
 * by Python, so the database only ever holds strings. Writes are queued in order; `sync()` resolves once
 * every write made so far is committed.
 */
const STORE = "entries";

export type IndexedStore = {
  entries(): Promise<[string, string][]>;
  set(key: string, value: string): void;
  delete(key: string): void;
  clear(): void;
  sync(): Promise<void>;
};

export async function openIndexedStore(name: string): Promise<IndexedStore> {
  const database = await new Promise<IDBDatabase>((resolve, reject) => {
    const opening = indexedDB.open(name, 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore(STORE);
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error);
  });
  const transact = <T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> =>
    new Promise((resolve, reject) => {
      const transaction = database.transaction(STORE, mode);
      const request = work(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error);
    });
  let written: Promise<unknown> = Promise.resolve();
  const write = (work: (store: IDBObjectStore) => IDBRequest): void => {
    written = written.then(() => transact("readwrite", work));
  };
  return {
    async entries() {
      const [keys, values] = await Promise.all([
        transact("readonly", (store) => store.getAllKeys()),
        transact("readonly", (store) => store.getAll()),
      ]);
      return keys.map((key, index) => [String(key), String(values[index])]);
    },
    set: (key, value) => write((store) => store.put(value, key)),
    delete: (key) => write((store) => store.delete(key)),
    clear: () => write((store) => store.clear()),
    sync: () => written.then(() => undefined),
  };
}
