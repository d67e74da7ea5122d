import { reloadOnto, type Conflict } from "./conflict";
import {
  applyChanges,
  diffFiles,
  dirtyPaths,
  freePath,
  isEmptyChange,
  removePath,
  renamePath,
  toFileSet,
  type FileSet,
  type WorkbenchFile,
} from "./files";
import { createSaveQueue } from "./save-queue";
import { closeTab, openTab, retargetTabs, type Tabs } from "./tabs";
import type { ServerFiles, WorkbenchTransport } from "./transport";

export type WorkbenchState = {
  revision: number;
  /** The files as the server last acknowledged them, at `revision`. */
  saved: FileSet;
  /** The files as the person sees them. */
  current: FileSet;
  dirty: ReadonlySet<string>;
  /** Folders made in the tree that hold no file yet (the server stores files only). */
  folders: ReadonlySet<string>;
  tabs: Tabs;
  saving: boolean;
  conflict: Conflict | null;
  error: string | null;
};

export type WorkbenchStore = ReturnType<typeof createWorkbenchStore>;

/** The editor's state and every change to it, framework-free; React reads it with useSyncExternalStore. */
export function createWorkbenchStore(initial: ServerFiles, transport: WorkbenchTransport, firstTab?: string) {
  const files = toFileSet(initial.files);
  const first = firstTab && files.has(firstTab) ? firstTab : ([...files.keys()][0] ?? null);
  let state: WorkbenchState = {
    revision: initial.revision,
    saved: files,
    current: files,
    dirty: new Set(),
    folders: new Set(),
    tabs: { open: first ? [first] : [], active: first },
    saving: false,
    conflict: null,
    error: null,
  };
  const listeners = new Set<() => void>();

  const set = (patch: Partial<WorkbenchState>): void => {
    const next = { ...state, ...patch };
    if (patch.saved || patch.current) next.dirty = dirtyPaths(next.saved, next.current);
    state = next;
    for (const listener of listeners) listener();
  };
  const setCurrent = (current: FileSet, tabs = state.tabs): void => set({ current, tabs });

  /** The server's files become the base; `clashing` paths keep the person's text as a copy (see reloadOnto). */
  const adopt = (server: ServerFiles, clashing: readonly string[]): void => {
    const serverSet = toFileSet(server.files);
    const { current, keptAs } = reloadOnto(state.saved, state.current, serverSet, clashing);
    let tabs = retargetTabs(state.tabs, new Map(), (p) => current.has(p));
    for (const copy of keptAs.values()) tabs = openTab(tabs, copy);
    set({ saved: serverSet, current, revision: server.revision, tabs, conflict: null });
  };

  /** After a save that skipped revisions, someone else wrote: take their files without touching unsaved work. */
  const catchUp = async (): Promise<void> => {
    const server = await transport.loadFiles();
    const serverSet = toFileSet(server.files);
    const changedUnderUs = [...state.dirty].filter((path) => {
      const before = state.saved.get(path);
      const after = serverSet.get(path);
      return before?.content !== after?.content || before?.encoding !== after?.encoding;
    });
    adopt(server, changedUnderUs);
  };

  const send = async (baseRevision: number): Promise<boolean> => {
    const changes = diffFiles(state.saved, state.current);
    if (isEmptyChange(changes)) return true;
    set({ saving: true, error: null });
    try {
      const result = await transport.saveFiles({ baseRevision, ...changes });
      if (!result.ok) {
        set({ saving: false, conflict: result.conflict });
        return false;
      }
      const skipped = result.revision > state.revision + 1 || baseRevision !== state.revision;
      set({ saving: false, saved: applyChanges(state.saved, changes), revision: result.revision });
      if (skipped) await catchUp();
      return true;
    } catch (error) {
      set({ saving: false, error: error instanceof Error ? error.message : String(error) });
      return false;
    }
  };

  const queue = createSaveQueue(() => (state.conflict ? Promise.resolve(false) : send(state.revision)));

  return {
    getState: (): WorkbenchState => state,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    open: (path: string): void => set({ tabs: openTab(state.tabs, path) }),
    close: (path: string): void => set({ tabs: closeTab(state.tabs, path) }),
    edit(path: string, content: string): void {
      const file = state.current.get(path);
      if (!file || file.content === content) return;
      setCurrent(new Map(state.current).set(path, { ...file, content }));
    },
    /** Adds a file (a free name is chosen if `path` is taken) and opens it; returns the path it got. */
    create(path: string, content = "", encoding: WorkbenchFile["encoding"] = "utf8"): string {
      const free = freePath(state.current, path);
      const current = new Map(state.current).set(free, { path: free, content, encoding });
      setCurrent(current, encoding === "utf8" ? openTab(state.tabs, free) : state.tabs);
      return free;
    },
    createFolder: (path: string): void => set({ folders: new Set(state.folders).add(path) }),
    rename(from: string, to: string): void {
      const { files, moved } = renamePath(state.current, from, to);
      const folders = new Set([...state.folders].map((f) => (f === from || f.startsWith(`${from}/`) ? to + f.slice(from.length) : f)));
      set({ current: files, folders, tabs: retargetTabs(state.tabs, moved, (p) => files.has(p)) });
    },
    remove(path: string): void {
      const current = removePath(state.current, path);
      const folders = new Set([...state.folders].filter((f) => f !== path && !f.startsWith(`${path}/`)));
      set({ current, folders, tabs: retargetTabs(state.tabs, new Map(), (p) => current.has(p)) });
    },

    /** Saves what changed since the last acknowledged save. Resolves false on a conflict or an error. */
    save: (): Promise<boolean> => queue.run(),
    /** Conflict resolution: take the server's files, keeping the person's text (see reloadOnto). */
    async reload(): Promise<void> {
      const conflict = state.conflict;
      if (!conflict) return;
      try {
        adopt(await transport.loadFiles(), conflict.files);
      } catch (error) {
        set({ error: error instanceof Error ? error.message : String(error) });
      }
    },
    /** Conflict resolution: save our files over theirs, based on the revision the server reported. */
    async overwrite(): Promise<boolean> {
      const conflict = state.conflict;
      if (!conflict) return true;
      set({ conflict: null });
      return send(conflict.revision);
    },
    /**
     * The server replaced the whole draft (a version was restored): its files become the base and what the
     * person sees. Call it only with nothing unsaved (save first), or unsaved text is dropped.
     */
    replaceAll(server: ServerFiles): void {
      const files = toFileSet(server.files);
      let tabs = retargetTabs(state.tabs, new Map(), (p) => files.has(p));
      if (tabs.open.length === 0) {
        const first = files.has("main.py") ? "main.py" : [...files.keys()][0];
        if (first) tabs = openTab(tabs, first);
      }
      set({ saved: files, current: files, revision: server.revision, tabs, folders: new Set(), conflict: null, error: null });
    },
    dismissError: (): void => set({ error: null }),
  };
}
