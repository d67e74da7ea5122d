/** Config `js_modules`: `{ main: { url: name }, worker: { url: name } }`, as PyScript documents it. */
export type JsModulesConfig = { main?: Record<string, string>; worker?: Record<string, string> };

export type JsModuleTable = Map<string, unknown>;

/**
 * Imports each module of one side (`main` or `worker`) by URL, relative to the page, and returns them by
 * name. A stylesheet URL (`.css`, as PyScript allows beside a module of the same name) becomes a `<link>`
 * on the page and no module; inside a worker there is no page to style, so it is skipped.
 */
export async function loadJsModules(entries: Record<string, string> | undefined, baseUrl: string): Promise<JsModuleTable> {
  const table: JsModuleTable = new Map();
  await Promise.all(
    Object.entries(entries ?? {}).map(async ([url, name]) => {
      const href = new URL(url, baseUrl).href;
      if (/\.css(\?.*)?$/i.test(url)) {
        if (typeof document !== "undefined") addStylesheet(href);
        return;
      }
      table.set(name, await import(/* @vite-ignore */ href));
    }),
  );
  return table;
}

function addStylesheet(href: string): void {
  if ([...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].some((link) => link.href === href)) return;
  document.head.append(Object.assign(document.createElement("link"), { rel: "stylesheet", href }));
}

/** What `from pyscript.js_modules import name` says when `name` is not there. */
export function jsModuleMissing(name: string, config: JsModulesConfig | undefined, where: "main" | "worker"): string {
  if (where === "main" && Object.values(config?.worker ?? {}).includes(name)) {
    return `the JavaScript module '${name}' is configured for workers only (js_modules.worker): list it under js_modules.main too`;
  }
  if (where === "worker" && Object.values(config?.main ?? {}).includes(name)) {
    return `the JavaScript module '${name}' is on the page (js_modules.main), which this worker cannot reach synchronously: serve the page cross-origin isolated or add a service-worker attribute`;
  }
  return `no JavaScript module named '${name}': add it to the config's js_modules`;
}

/** `pyscript.js_import(*urls)`: modules imported on demand, URLs relative to the page. */
export function importModules(urls: string[], baseUrl: string): Promise<unknown[]> {
  return Promise.all(urls.map((url) => import(/* @vite-ignore */ new URL(url, baseUrl).href)));
}
