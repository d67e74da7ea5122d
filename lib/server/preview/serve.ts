import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AppConfig } from "../../config";
import { serveRuntimeAsset } from "../runtime-assets";
import { lookupPreviewFile } from "./lookup";
import { parsePreviewPath } from "./request-path";
import { sendError, sendFile, sendFolderRedirect, sendNotFound, sendPreflight } from "./responses";

const runtimePrefix = "_runtime/";

/**
 * Answers a request on `<slug>.<previewDomain>` from that project's files and nothing else. It never
 * reads the request's cookies and never sets one: the preview origin runs the project's own code.
 */
export async function servePreview(req: IncomingMessage, res: ServerResponse, slug: string, config: AppConfig): Promise<void> {
  if (req.method === "OPTIONS") return sendPreflight(res);
  if (req.method !== "GET" && req.method !== "HEAD") {
    return sendError(req, res, 405, "method_not_allowed", "Previews are read-only: use GET or HEAD.", {
      allow: "GET, HEAD, OPTIONS",
    });
  }
  const parsed = parsePreviewPath(req.url);
  if (!parsed.ok) return sendError(req, res, 400, "bad_request", parsed.message);
  const { path } = parsed;
  if (path.startsWith(runtimePrefix)) {
    if (await serveRuntimeAsset(req, res, path.slice(runtimePrefix.length))) return;
    return sendNotFound(req, res, `No runtime file at /${path}.`, null, config.appOrigin);
  }
  const entry = await lookupPreviewFile(slug, path, config);
  if (!entry) return sendNotFound(req, res, `There is no project called “${slug}”.`, null, config.appOrigin);
  if (!entry.file) {
    if (await isFolder(slug, path, config)) return sendFolderRedirect(req, res, entry.isolated);
    return sendNotFound(req, res, `The project “${slug}” has no file at /${path}.`, entry.isolated, config.appOrigin);
  }
  sendFile(req, res, entry.file, entry.isolated);
}

/** `/dir` with a `dir/index.html`: the page's relative links only work from `/dir/`, so send it there. */
async function isFolder(slug: string, path: string, config: AppConfig): Promise<boolean> {
  if (path.slice(path.lastIndexOf("/") + 1).includes(".")) return false;
  return Boolean((await lookupPreviewFile(slug, `${path}/index.html`, config))?.file);
}
