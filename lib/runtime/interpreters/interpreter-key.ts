import { engineName, type Engine } from "./engine";

export class InterpreterError extends Error {
  override name = "InterpreterError";
}

const moduleFile = { pyodide: "pyodide.mjs", micropython: "micropython.mjs" } as const;

/**
 * Config `interpreter`: PyScript loads the version (or the URL) it names. This server has one local release
 * of each interpreter and no internet, so the key is accepted when it names that release (`"0.28.0"` or
 * `"v0.28.0"`) or the URL of its own module file (`/_runtime/<hash>/pyodide/pyodide.mjs`), and is otherwise an
 * error saying what is available.
 */
export function checkInterpreterKey(wanted: string | undefined, engine: Engine, engineBase: string, baseUrl: string): void {
  if (wanted === undefined) return;
  if (wanted.replace(/^v/, "") === engine.release) return;
  // A URL of our own module file, on whichever of our hosts (the page's or the runtime's) it was written.
  const ownModule = new URL(moduleFile[engine.type], engineBase).pathname;
  if (/[/:]/.test(wanted) && new URL(wanted, baseUrl).pathname === ownModule) return;
  throw new InterpreterError(
    `interpreter = "${wanted}" is not available here: this server has ${engineName[engine.type]} ${engine.release} only ` +
      `(use interpreter = "${engine.release}", or leave the key out)`,
  );
}
