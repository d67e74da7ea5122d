import "server-only";
import { loadConfig } from "../config";
import { runtimeManifest } from "./runtime-manifest";

/**
 * PyScript's published URLs for its core: pyscript.net releases/snapshots, and the npm package on jsDelivr
 * (with or without a version). Group 1 is the file name.
 */
const pyscriptCoreUrl =
  /(?:https?:)?\/\/(?:pyscript\.net\/(?:releases|snapshots)\/[A-Za-z0-9._-]+|cdn\.jsdelivr\.net\/npm\/@pyscript\/core(?:@[A-Za-z0-9._-]+)?\/dist)\/(core\.(?:js|css))(?![A-Za-z0-9._-])/g;

let appOrigin: string | undefined;

/**
 * Points PyScript's core.js/core.css URLs at our runtime so existing pages run offline; nothing else in the
 * HTML changes. core.js carries the app's origin (`?app=`): the console channel posts only to that origin.
 */
export function rewritePyScriptUrls(html: string, origin: string = (appOrigin ??= loadConfig().appOrigin)): string {
  const manifest = runtimeManifest();
  if (!manifest) return html;
  const base = `/_runtime/${manifest.hash}/`;
  return html.replace(pyscriptCoreUrl, (_url, file: string) =>
    file === "core.js" ? `${base}core.js?app=${encodeURIComponent(origin)}` : `${base}${file}`,
  );
}
