import "server-only";
import { createHash } from "node:crypto";
import { rewritePyScriptUrls, runtimeBase } from "../pyscript-urls";
import { contentTypeFor, isHtml, isJavaScript } from "./content-type";
import { interpreterPreloads } from "./interpreter-preloads";

/**
 * A file exactly as it goes on the wire; built once per file revision, then reused by the cache. `link`: the
 * `Link` header of a page that runs on our runtime (interpreter-preloads.ts).
 */
export type ServedFile = { body: Buffer; contentType: string; hash: string; link: string | null };

export function prepareServedFile(
  path: string,
  content: Uint8Array | string,
  contentType: string = contentTypeFor(path),
): ServedFile {
  let link: string | null = null;
  let body = typeof content === "string" ? Buffer.from(content) : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  // HTML loads core.js; JavaScript modules import storage.js and the bridge (and core.js) themselves.
  if (isHtml(contentType) || isJavaScript(contentType)) {
    const text = body.toString("utf8");
    const rewritten = rewritePyScriptUrls(text);
    // An untouched file keeps its exact bytes, even when it is not valid UTF-8.
    if (rewritten !== text) body = Buffer.from(rewritten);
    const base = runtimeBase();
    if (isHtml(contentType) && base) link = interpreterPreloads(rewritten, base);
  }
  // The hash is of the served bytes, so a new runtime (new rewritten URLs) is a new ETag.
  const hash = createHash("sha1").update(body).digest("base64url");
  return { body, contentType, hash, link };
}
