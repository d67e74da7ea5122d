/**
 * The `sandbox` of every iframe that runs a project's page (the editor's preview, an embed's). It grants what
 * pages do (scripts, their own origin's storage and workers, forms, dialogs such as `input()`'s prompt,
 * popups, downloads, pointer lock) and leaves out `allow-top-navigation*`: without the sandbox, a click in
 * the preview lets its code send the visitor's tab, editor and all, to a page of its choosing.
 */
export const previewSandbox = [
  "allow-scripts",
  "allow-same-origin",
  "allow-forms",
  "allow-modals",
  "allow-popups",
  "allow-popups-to-escape-sandbox",
  "allow-downloads",
  "allow-pointer-lock",
  "allow-presentation",
  "allow-orientation-lock",
].join(" ");
