import type { PyConfig } from "./config";

/**
 * PyScript's built-in plugins: each is on unless the config's `plugins` lists it as `"!name"`. We act on the
 * four below; `deprecations-manager` and `donkey` are accepted (on or off) and change nothing.
 */
const builtInPlugins = ["error", "py-terminal", "py-editor", "py-game", "deprecations-manager", "donkey"];

/** The plugins a config can turn off here: `.py-error` blocks, the `terminal` attribute, editor cells, py-game scripts. */
export type SwitchablePlugin = "error" | "py-terminal" | "py-editor" | "py-game";

export function pluginEnabled(config: Pick<PyConfig, "plugins">, name: SwitchablePlugin): boolean {
  return !config.plugins?.includes(`!${name}`);
}

const warned = new Set<string>();

/**
 * A plugin PyScript would import by name is code written for PyScript's own internals, which this runtime
 * cannot load: say so in the console (once per name and page), never fail the page for it.
 */
export function warnAboutPlugins(config: PyConfig): void {
  for (const entry of config.plugins ?? []) {
    const name = entry.startsWith("!") ? entry.slice(1) : entry;
    if (builtInPlugins.includes(name) || warned.has(entry)) continue;
    warned.add(entry);
    console.warn(
      entry === name
        ? `plugins: "${name}" is not a built-in plugin and this runtime cannot load plugin code: it is ignored`
        : `plugins: "${entry}" turns off "${name}", which is not a built-in plugin: it is ignored`,
    );
  }
}
