import type * as Monaco from "monaco-editor";

/** Where scripts/build-editor.mjs puts Monaco, its workers and Ruff; served by our own server. */
export const editorAssets = "/_editor";

/**
 * The served entry: Monaco's API, the address of its content-hashed stylesheet, the loader of the diff
 * editor, a chunk of its own that `createDiffEditor` needs, and that of the quick input, which otherwise
 * loads when something first opens it.
 */
type MonacoModule = typeof Monaco & { stylesheet: string; loadDiffEditor(): Promise<unknown>; loadQuickInput(): Promise<void> };

let loading: Promise<MonacoModule> | null = null;

/**
 * Monaco is loaded with the browser's own import(), not through Next's bundler: it stays out of every
 * page's JS, loads only when an editor mounts, and its chunks and workers come from one folder we serve.
 * The editor page preloads the same files in its head, so here they are usually in memory already.
 */
export function loadMonaco(): Promise<MonacoModule> {
  loading ??= import(/* webpackIgnore: true */ /* turbopackIgnore: true */ `${editorAssets}/monaco.js`).then(
    (monaco: MonacoModule) =>
      new Promise<MonacoModule>((resolve, reject) => {
        const link = document.createElement("link");
        link.rel = "stylesheet";
        link.href = monaco.stylesheet;
        link.onload = () => resolve(monaco);
        link.onerror = () => reject(new Error("The editor's styles did not load."));
        document.head.append(link);
      }),
  );
  return loading;
}

/** Monaco with its diff editor, which only the Versions dialog shows: loaded when it first shows a diff. */
export async function loadMonacoDiff(): Promise<typeof Monaco> {
  const monaco = await loadMonaco();
  await monaco.loadDiffEditor();
  return monaco;
}
