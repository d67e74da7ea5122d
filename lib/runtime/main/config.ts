import * as z from "zod/mini";
import { parseToml } from "../lazy/load-toml";
import type { EngineType } from "../interpreters/engine";
import { ConfigError } from "./config-error";
import { lazySchema } from "../../protocol/lazy-schema";
import { makeFetchEntrySchema } from "./fetch-key-schema";
import { warnAboutPlugins } from "./plugins";
import { configSelectors, scriptSelectors } from "./selectors";

/** The keys we act on; any other key is kept and visible to Python as `pyscript.config`. */
const configSchema = lazySchema(() => z.looseObject({
  packages: z.optional(z.array(z.string())),
  files: z.optional(z.record(z.string(), z.string())),
  fetch: z.optional(z.array(makeFetchEntrySchema())),
  packages_cache: z.optional(z.enum(["never", "passthrough"], { error: 'must be "never" or "passthrough"' })),
  interpreter: z.optional(z.string()),
  js_modules: z.optional(
    z.object({ main: z.optional(z.record(z.string(), z.string())), worker: z.optional(z.record(z.string(), z.string())) }),
  ),
  plugins: z.optional(z.array(z.string())),
  debug: z.optional(z.boolean()),
  sync_main_only: z.optional(z.boolean()),
  experimental_create_proxy: z.optional(z.literal("auto")),
  experimental_ffi_timeout: z.optional(z.number()),
}));
export type PyConfig = z.infer<ReturnType<typeof configSchema>>;

export { ConfigError };

/**
 * PyScript reads one config per interpreter: a `<py-config>`/`<mpy-config>` element, else the `config`
 * attribute of the first script of that type. Either is inline JSON/TOML or a URL of a .json/.toml file.
 * PyScript allows only one per interpreter: a second, different one is a ConfigError that names it.
 */
export async function loadConfig(type: EngineType): Promise<PyConfig> {
  const sources = [
    ...[...document.querySelectorAll(configSelectors[type])].map((element) => ({
      element,
      text: element.getAttribute("src") ?? element.textContent ?? "",
    })),
    ...[...document.querySelectorAll(scriptSelectors[type])]
      .filter((script) => script.hasAttribute("config") && !script.hasAttribute("worker"))
      .map((element) => ({ element, text: element.getAttribute("config") ?? "" })),
  ];
  const [first, ...others] = sources;
  const second = others.find((other) => other.text.trim() !== first!.text.trim());
  if (second) {
    throw new ConfigError(`Only one config per interpreter: ${startTag(second.element)} is a second one (the first: ${startTag(first!.element)})`);
  }
  return parseConfig(first?.text.trim() ?? "", document.baseURI);
}

function startTag(element: Element): string {
  const html = element.outerHTML;
  return html.slice(0, html.indexOf(">") + 1);
}

/** The URL of the file each config loaded by URL came from: its `files` resolve against it. */
const configFileUrls = new WeakMap<PyConfig, string>();
export const configFileUrl = (config: PyConfig): string | undefined => configFileUrls.get(config);

export async function parseConfig(source: string, baseUrl: string): Promise<PyConfig> {
  if (!source) return {};
  const isUrl = /\.(json|toml)(\?.*)?$/i.test(source) && !/[\n{=]/.test(source);
  let text = source;
  if (isUrl) {
    const response = await fetch(new URL(source, baseUrl));
    if (!response.ok) throw new ConfigError(`Config file ${source} could not be loaded (HTTP ${response.status})`);
    text = await response.text();
  }
  const asJson = isUrl ? /\.json(\?.*)?$/i.test(source) : text.trimStart().startsWith("{");
  let raw: unknown;
  try {
    raw = asJson ? JSON.parse(text) : await parseToml(text);
  } catch (error) {
    throw new ConfigError(`Invalid ${asJson ? "JSON" : "TOML"} config: ${(error as Error).message}`);
  }
  const parsed = configSchema().safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join(".") || "config"}: ${issue.message}`);
    throw new ConfigError(`Invalid config: ${issues.join("; ")}`);
  }
  warnAboutPlugins(parsed.data);
  if (isUrl) configFileUrls.set(parsed.data, new URL(source, baseUrl).href);
  return parsed.data;
}
