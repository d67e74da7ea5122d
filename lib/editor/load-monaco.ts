import type * as Monaco from "monaco-editor";

/** Where scripts/build-editor.mjs puts Monaco, its workers and Ruff; served by our own server. */
export const editorAssets = "/_editor";

let loading: Promise<typeof Monaco> | null = null;

/**
 * Monaco is loaded with the browser's own import(), not through Next's bundler: it stays out of every
 * page's JS, loads only when an editor mounts, and its chunks and workers come from one folder we serve.
 */
export function loadMonaco(): Promise<typeof Monaco> {
  loading ??= new Promise<void>((resolve, reject) => {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = `${editorAssets}/monaco.css`;
    link.onload = () => resolve();
    link.onerror = () => reject(new Error("The editor's styles did not load."));
    document.head.append(link);
  }).then(() => import(/* webpackIgnore: true */ /* turbopackIgnore: true */ `${editorAssets}/monaco.js`));
  return loading;
}
