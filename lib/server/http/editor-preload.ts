import { readFileSync } from "node:fs";
import { join } from "node:path";
import { editorAssets } from "../../editor/load-monaco";

type EditorManifest = { modules: string[]; stylesheet: string };

let links: string[] | null | undefined;

/**
 * The `Link` values of the editor page: Monaco's content-hashed modules and stylesheet (as
 * scripts/build-editor.mjs lists them in manifest.json), so the browser fetches them as soon as it hears of
 * them (a 103 Early Hint while the server still renders, then the page's headers), alongside the page's own
 * JS, instead of after its JS asks for them. Null before a build.
 */
export function editorPreloadLinks(): string[] | null {
  if (links !== undefined) return links;
  try {
    const manifest = JSON.parse(readFileSync(join(process.cwd(), "public", editorAssets, "manifest.json"), "utf8")) as EditorManifest;
    links = [
      ...manifest.modules.map((module) => `<${editorAssets}/${module}>; rel=modulepreload`),
      `<${editorAssets}/${manifest.stylesheet}>; rel=preload; as=style`,
    ];
  } catch {
    links = null;
  }
  return links;
}
