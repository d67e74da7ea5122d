import "server-only";
import { loadConfig } from "../config";
import { runtimeManifest } from "./runtime-manifest";

/**
 * PyScript's published URLs for its core: pyscript.net releases/snapshots, and the npm package on jsDelivr
 * (with or without a version). Group 1 is the file name.
 */
const pyscriptCoreUrl =
  /(?:https?:)?\/\/(?:pyscript\.net\/(?:releases|snapshots)\/[A-Za-z0-9._-]+|cdn\.jsdelivr\.net\/npm\/@pyscript\/core(?:@[A-Za-z0-9._-]+)?\/dist)\/(core\.(?:js|css))(?![A-Za-z0-9._-])/g;

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

/**
 * Points PyScript's core.js/core.css URLs at our runtime so existing pages run offline; nothing else in the
 * HTML changes. core.js carries the app's origin (`?app=`): the console channel posts only to that origin.
 */
export function rewritePyScriptUrls(html: string, origins: RewriteOrigins = (defaults ??= loadConfig())): string {
  const manifest = runtimeManifest();
  if (!manifest) return html;
  const base = `${runtimeOrigin(origins)}/_runtime/${manifest.hash}/`;
  return html.replace(pyscriptCoreUrl, (_url, file: string) =>
    file === "core.js" ? `${base}core.js?app=${encodeURIComponent(origins.appOrigin)}` : `${base}${file}`,
  );
}
