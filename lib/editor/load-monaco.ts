import type * as Monaco from "monaco-editor";

/** Where scripts/build-editor.mjs puts Monaco, its workers and Ruff; served by our own server. */
export const editorAssets = "/_editor";

/** The served entry: Monaco's API, and the address of its content-hashed stylesheet. */
type MonacoModule = typeof Monaco & { stylesheet: string };

let loading: Promise<typeof Monaco> | null = null;

/**
 * Monaco is loaded with the browser's own import(), not through Next's bundler: it stays out of every
 * page's JS, loads only when an editor mounts, and its chunks and workers come from one folder we serve.
 * The editor page preloads the same files in its head, so here they are usually in memory already.
 */
export function loadMonaco(): Promise<typeof Monaco> {
  loading ??= import(/* webpackIgnore: true */ /* turbopackIgnore: true */ `${editorAssets}/monaco.js`).then(
    (monaco: MonacoModule) =>
      new Promise<typeof Monaco>((resolve, reject) => {
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
