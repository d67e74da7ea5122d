import type { Engine } from "./engine";

/** The config keys that switch an interpreter's own behaviour; validated on the page (main/config.ts). */
type EngineFlags = { debug?: unknown; experimental_create_proxy?: unknown };

/** Applied right after the interpreter starts, before any code of the page runs, main thread and workers alike. */
export function applyEngineFlags(engine: Engine, config: EngineFlags): void {
  if (config.debug === true) engine.setDebug(true);
  if (config.experimental_create_proxy === "auto") engine.keepCallablesPassedToJs();
}
