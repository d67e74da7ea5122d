"use client";
import type * as Monaco from "monaco-editor";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { editorFont } from "@/lib/editor/editor-font";
import { loadMonaco } from "@/lib/editor/load-monaco";
import { createModelSync, type ModelSync } from "@/lib/editor/models";
import { attachPythonDiagnostics } from "@/lib/editor/python-diagnostics";
import type { FileSet } from "@/lib/workbench/files";
import styles from "./workbench.module.css";

type CodeEditorProps = {
  files: FileSet;
  active: string | null;
  onEdit?: (path: string, content: string) => void;
  /** Shown but not editable: the read-only view and embeds. */
  readOnly?: boolean;
  /** A fixed colour scheme (embeds choose one); otherwise the editor follows the system's. */
  theme?: "light" | "dark";
  /** The server's rendering of one file (StaticCode), shown in Monaco's place while Monaco loads. */
  placeholder?: { path: string; view: ReactNode } | undefined;
  /** Once Monaco accepts typing, or could not load. */
  onSettled?: () => void;
};
type LoadState = "loading" | "ready" | "failed";

const darkScheme = "(prefers-color-scheme: dark)";

/** Runs `task` when the browser is next idle (soon after, where requestIdleCallback is missing). */
function whenIdle(task: () => void): { cancel(): void } {
  if (typeof requestIdleCallback === "function") {
    const handle = requestIdleCallback(task, { timeout: 1000 });
    return { cancel: () => cancelIdleCallback(handle) };
  }
  const handle = setTimeout(task, 200);
  return { cancel: () => clearTimeout(handle) };
}

// Monaco's import starts as soon as this module runs in the browser, before React hydrates the page: its files
// are already on their way (the page's Link header preloads them), so the browser evaluates Monaco while the
// rest of the page's JS still arrives instead of after hydration. A failure is the component's to show.
if (typeof window !== "undefined") loadMonaco().catch(() => undefined);

/**
 * The Monaco island: nothing of Monaco is in the page's JS; it is imported from our server when this
 * module loads. Props in (files, the active path), edits out; `data-state="ready"` once it accepts typing.
 */
export function CodeEditor({ files, active, onEdit, readOnly = false, theme, placeholder, onSettled }: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<Monaco.editor.IStandaloneCodeEditor | null>(null);
  const models = useRef<ModelSync | null>(null);
  const onEditRef = useRef(onEdit);
  const shown = useRef({ files, active });
  const [state, setState] = useState<LoadState>("loading");
  // Whether the command palette's chunk, and every chunk it imports, has loaded: from then on F1 needs no network.
  const [paletteLoaded, setPaletteLoaded] = useState(false);

  useEffect(() => {
    onEditRef.current = onEdit;
  }, [onEdit]);

  useEffect(() => {
    shown.current = { files, active };
  }, [files, active]);

  const settled = state !== "loading";
  useEffect(() => {
    if (settled) onSettled?.();
    // Once: the editor settles once in its life.
  }, [settled]);

  useEffect(() => {
    let disposed = false;
    const cleanups: (() => void)[] = [];
    loadMonaco().then(
      (monaco) => {
        if (disposed || !host.current) return;
        const dark = window.matchMedia(darkScheme);
        const isDark = () => (theme ? theme === "dark" : dark.matches);
        const sync = createModelSync(monaco, (path, content) => onEditRef.current?.(path, content));
        // Created with the shown file's model: one set afterwards would cost a second layout and render before
        // the editor accepts typing (and without one, Monaco makes an empty model of its own first). The other
        // files' models, and their languages' grammars, wait until it does.
        const { files: first, active: firstPath } = shown.current;
        const firstFile = firstPath === null ? undefined : first.get(firstPath);
        sync.sync(new Map(firstFile ? [[firstFile.path, firstFile]] : []));
        const instance = monaco.editor.create(host.current, {
          model: sync.get(firstPath) ?? null,
          automaticLayout: true,
          ...editorFont,
          minimap: { enabled: false },
          scrollBeyondLastLine: false,
          tabSize: 4,
          theme: isDark() ? "vs-dark" : "vs",
          readOnly,
          domReadOnly: readOnly,
        });
        // Monaco binds Format Document to Shift+Alt+F on Windows and macOS only (Ctrl+Shift+I on Linux).
        instance.addCommand(monaco.KeyMod.Shift | monaco.KeyMod.Alt | monaco.KeyCode.KeyF, () => {
          void instance.getAction("editor.action.formatDocument")?.run();
        });
        const followScheme = () => monaco.editor.setTheme(isDark() ? "vs-dark" : "vs");
        dark.addEventListener("change", followScheme);
        // Ruff's diagnostics are for a person editing; a reader of someone else's code does not need them.
        // They start once the page is idle: compiling Ruff's 11 MB of wasm would compete with the first keystrokes.
        let diagnostics: Monaco.IDisposable | null = null;
        const idle = readOnly ? null : whenIdle(() => void (diagnostics = attachPythonDiagnostics(monaco)));
        // The quick input (F1's palette, Ctrl+G) is a chunk of its own, out of what loads before typing; fetched
        // once the page is idle, the first F1 opens it at once instead of waiting for the network.
        const quickInput = whenIdle(() => void monaco.loadQuickInput().then(() => !disposed && setPaletteLoaded(true), () => undefined));
        editor.current = instance;
        models.current = sync;
        cleanups.push(() => dark.removeEventListener("change", followScheme), () => (idle?.cancel(), diagnostics?.dispose()), () => quickInput.cancel(), () => instance.dispose(), () => sync.dispose());
        setState("ready");
      },
      () => !disposed && setState("failed"),
    );
    return () => {
      disposed = true;
      for (const cleanup of cleanups.reverse()) cleanup();
      editor.current = null;
      models.current = null;
    };
    // readOnly and theme are fixed for the editor's life: a page that changes them remounts it (key).
  }, []);

  useEffect(() => {
    if (state !== "ready" || !models.current || !editor.current) return;
    models.current.sync(files);
    const model = models.current.get(active) ?? null;
    if (editor.current.getModel() !== model) editor.current.setModel(model);
  }, [state, files, active]);

  const binary = active !== null && files.get(active)?.encoding === "base64";
  return (
    <div className={styles.editorHost} data-state={state} data-palette={paletteLoaded ? "loaded" : "pending"} data-testid="code-editor">
      <div ref={host} className={styles.monaco} hidden={binary || active === null} />
      {state === "loading" &&
        (placeholder && placeholder.path === active ? placeholder.view : <p className={styles.editorNote}>Loading the editor…</p>)}
      {state === "failed" && <p className={styles.editorNote} role="alert">The editor could not load. Reload the page to try again.</p>}
      {state === "ready" && active === null && <p className={styles.editorNote}>Open a file from the list on the left.</p>}
      {binary && <p className={styles.editorNote}>{active} is a binary file: it is served as it is and cannot be edited here.</p>}
    </div>
  );
}
