import type * as Monaco from "monaco-editor";
import { registerToml } from "./toml-language";

/**
 * Runs inside the served Monaco bundle: Monaco asks MonacoEnvironment for each language worker, and ours
 * come from the same folder on our own server (same origin, so the editor page can stay cross-origin
 * isolated with COEP require-corp).
 */
export function setupMonaco(monaco: typeof Monaco, folder: string): void {
  (self as unknown as { MonacoEnvironment: Monaco.Environment }).MonacoEnvironment = {
    getWorker: (_id, label) =>
      new Worker(`${folder}/${label === "json" ? "json" : "editor"}.worker.js`, { type: "module", name: label }),
  };
  registerToml(monaco);
}
