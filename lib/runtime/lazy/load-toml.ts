/**
 * Parses a TOML config with the `toml.js` chunk, so pages without a TOML config never download the parser.
 * The URL is relative to this module: inside a bundle (core.js, worker.js, config-parser.js) that is the
 * bundle's own URL, beside the chunk; run from source (tests) it is this folder, where toml.ts is.
 */
export async function parseToml(text: string): Promise<Record<string, unknown>> {
  const { parse } = (await import(/* @vite-ignore */ new URL("toml.js", import.meta.url).href)) as typeof import("./toml");
  return parse(text);
}
