import { loadJsModules, type JsModuleTable } from "../ffi/js-modules";

/**
 * Every `js_modules.main` module the page has loaded, for the page's interpreters and for workers: a
 * worker reaches them through its page references as `window.__pyscript_js_modules__[name]` (a
 * non-enumerable global, so no page code trips over it).
 */
const loaded = new Map<string, unknown>();
const PAGE_JS_MODULES = "__pyscript_js_modules__";

export async function loadPageJsModules(entries: Record<string, string> | undefined): Promise<JsModuleTable> {
  const table = await loadJsModules(entries, document.baseURI);
  if (table.size === 0) return table;
  for (const [name, module] of table) loaded.set(name, module);
  Object.defineProperty(globalThis, PAGE_JS_MODULES, { configurable: true, enumerable: false, value: Object.fromEntries(loaded) });
  return table;
}
