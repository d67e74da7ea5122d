import "server-only";
import type { EngineType } from "../../runtime/interpreters/engine";
import { engineFiles } from "../../runtime/interpreters/engine-files";
import { scriptSelectors } from "../../runtime/main/selectors";

const attribute = /([^\s"'=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

/** The runtime's selectors of each engine's code elements, read as `<script>` types and element names. */
const codeElements = Object.fromEntries(
  (["pyodide", "micropython"] as const).map((engine) => {
    const parts = scriptSelectors[engine].split(",").map((part) => part.trim());
    const scriptTypes = parts.flatMap((part) => /^script\[type="([^"]+)"\]$/.exec(part)?.[1] ?? []);
    return [engine, { scriptTypes, tags: parts.filter((part) => /^[a-z-]+$/.test(part)) }];
  }),
) as Record<EngineType, { scriptTypes: string[]; tags: string[] }>;
const startTag = new RegExp(`<(script|${[...codeElements.pyodide.tags, ...codeElements.micropython.tags].join("|")})(\\s[^>]*)?>`, "gi");

/**
 * A `Link` header for a page that runs on our runtime (it loads `<runtimeBase>core.js`): the interpreter files
 * its main-thread scripts will need. The browser starts reading them as soon as the headers arrive, instead of
 * once core.js has run and found the scripts, about 100 ms later on a warm load (bench/boot.ts). They are the
 * requests the runtime makes itself (main/preload.ts): modules as module preloads, the rest as anonymous CORS
 * fetches, so the browser uses what it preloaded. Worker scripts are left out: their interpreter loads inside
 * the worker, which cannot use a page's preloads. A Link header leaves the page's own markup as it was.
 */
export function interpreterPreloads(html: string, runtimeBase: string): string | null {
  if (!html.includes(`${runtimeBase}core.js`)) return null;
  const links = [...mainThreadEngines(html)].flatMap((engine) => [
    ...engineFiles[engine].modules.map((path) => `<${runtimeBase}${path}>; rel=modulepreload`),
    ...engineFiles[engine].fetches.map((path) => `<${runtimeBase}${path}>; rel=preload; as=fetch; crossorigin=anonymous`),
  ]);
  return links.length > 0 ? links.join(", ") : null;
}

/** The engines of the code elements in `html` that run on the page itself (no `worker` attribute). */
function mainThreadEngines(html: string): Set<EngineType> {
  const engines = new Set<EngineType>();
  for (const [, tag, attributes = ""] of html.matchAll(startTag)) {
    const named = new Map([...attributes.matchAll(attribute)].map(([, name, ...values]) => [name!.toLowerCase(), values.find((v) => v !== undefined) ?? ""]));
    if (named.has("worker")) continue;
    const engine = engineOf(tag!.toLowerCase(), named.get("type")?.trim().toLowerCase());
    if (engine) engines.add(engine);
  }
  return engines;
}

function engineOf(tag: string, type: string | undefined): EngineType | null {
  for (const engine of ["pyodide", "micropython"] as const) {
    const { scriptTypes, tags } = codeElements[engine];
    if (tag === "script" ? type !== undefined && scriptTypes.includes(type) : tags.includes(tag)) return engine;
  }
  return null;
}
