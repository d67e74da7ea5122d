import "server-only";
import { loadConfig } from "../config";
import { runtimeManifest } from "./runtime-manifest";

/**
 * PyScript's published URLs for its core: pyscript.net releases/snapshots, and the npm package on jsDelivr
 * (with or without a version). Group 1 is the file name: core.js, core.css or storage.js.
 */
const pyscriptCoreUrl =
  /(?:https?:)?\/\/(?:pyscript\.net\/(?:releases|snapshots)\/[A-Za-z0-9._-]+|cdn\.jsdelivr\.net\/npm\/@pyscript\/core(?:@[A-Za-z0-9._-]+)?\/dist)\/(core\.(?:js|css)|storage\.js)(?![A-Za-z0-9._-])/g;

/**
 * The `@pyscript/bridge` package as its documentation imports it: `https://esm.run/@pyscript/bridge`, or on
 * jsDelivr (`/npm/@pyscript/bridge`), with or without a version and a file path (`/+esm`, `/dist/index.js`).
 */
const pyscriptBridgeUrl =
  /(?:https?:)?\/\/(?:esm\.run|cdn\.jsdelivr\.net\/npm)\/@pyscript\/bridge(?:@[A-Za-z0-9._-]+)?(?:\/[A-Za-z0-9._+-]+)*(?![A-Za-z0-9._@\/+-])/g;

export type RewriteOrigins = { appOrigin: string; previewDomain: string };

let defaults: RewriteOrigins | undefined;

/**
 * The runtime lives on ONE preview host for every project (`runtime.<previewDomain>`), not on each project's
 * own origin: the browser caches by URL, so this is what lets a second project reuse the ~13 MB of
 * interpreter files instead of downloading them again.
 */
export function runtimeOrigin({ appOrigin, previewDomain }: RewriteOrigins): string {
  return `${new URL(appOrigin).protocol}//runtime.${previewDomain}`;
}

/** The runtime build's folder (`…/_runtime/<hash>/`), where core.js and the interpreters are; null before a build. */
export function runtimeBase(origins: RewriteOrigins = (defaults ??= loadConfig())): string | null {
  const manifest = runtimeManifest();
  return manifest ? `${runtimeOrigin(origins)}/_runtime/${manifest.hash}/` : null;
}

/**
 * Points PyScript's URLs (core.js, core.css, storage.js, the bridge) at our runtime so existing pages run
 * offline; nothing else in the text changes. Used on HTML and on JavaScript files, which import the bridge
 * and storage.js themselves. core.js carries the app's origin (`?app=`): the console channel posts only to
 * that origin; bridge.js carries the same query, as it loads core.js under its own query (one runtime per page).
 */
export function rewritePyScriptUrls(text: string, origins: RewriteOrigins = (defaults ??= loadConfig())): string {
  const base = runtimeBase(origins);
  if (!base) return text;
  const app = `?app=${encodeURIComponent(origins.appOrigin)}`;
  return text
    .replace(pyscriptCoreUrl, (_url, file: string) => (file === "core.js" ? `${base}core.js${app}` : `${base}${file}`))
    .replace(pyscriptBridgeUrl, `${base}bridge.js${app}`);
}
