import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AppConfig } from "../../config";
import { secretPreviewLabel } from "../projects/slug";
import { serveRuntimeAsset } from "../runtime-assets";
import type { PreviewEntry } from "./file-cache";
import { lookupPreviewFile, lookupVersionFile } from "./lookup";
import { parsePreviewPath } from "./request-path";
import { draftCaching, immutableCaching, privateImmutableCaching, sendError, sendFile, sendFolderRedirect, sendNotFound, sendPreflight } from "./responses";
import { serviceWorkerRefusal } from "./service-worker-scope";
import { previewTarget, targetPrefix } from "./version-path";
import type { PreviewTarget } from "./version-path";

const runtimePrefix = "_runtime/";

type FileTarget = Extract<PreviewTarget, { kind: "draft" | "version" }>;

/**
 * Answers a request on `<slug>.<previewDomain>` from that project's files and nothing else: the draft at
 * `/`, version n at `/v/<n>/`, the newest version at `/latest/`. It never reads the request's cookies and
 * never sets one: the preview origin runs the project's own code.
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
  const target = previewTarget(path);
  if (target.kind === "no-version") return sendNotFound(req, res, target.message, null, config.appOrigin);
  if (target.kind === "version-folder") {
    const entry = await lookupPreviewFile(slug, "index.html", config);
    if (!entry) return sendNotFound(req, res, `There is no project called “${slug}”.`, null, config.appOrigin);
    return sendFolderRedirect(req, res, entry.isolated);
  }
  const entry = await lookupTarget(slug, target, config);
  if (!entry) return sendNotFound(req, res, `There is no project called “${slug}”.`, null, config.appOrigin);
  if (entry.version === null) {
    const message =
      target.kind === "version" && target.ref !== "latest"
        ? `The project “${slug}” has no version ${target.ref}.`
        : `The project “${slug}” has no published version yet.`;
    return sendNotFound(req, res, message, entry.isolated, config.appOrigin);
  }
  if (!entry.file) {
    if (await isFolder(slug, target, config)) return sendFolderRedirect(req, res, entry.isolated);
    return sendNotFound(req, res, `The project “${slug}” has no file at ${targetPrefix(target)}${target.path}.`, entry.isolated, config.appOrigin);
  }
  // Before any 304: a revalidation of a cached script is a worker fetch too.
  if (req.headers["service-worker"] === "script") {
    const refusal = serviceWorkerRefusal(target, entry.builtin === true);
    if (refusal) return sendError(req, res, 403, "forbidden", refusal, { "cache-control": "no-store" });
  }
  // A built-in is the platform's, not the version's: it changes with the platform, so it is revalidated.
  const immutable = target.kind === "version" && target.ref !== "latest" && entry.builtin !== true;
  // A private project's secret host is revoked by rotating it: no shared cache may keep its answers.
  const caching = !immutable ? draftCaching : secretPreviewLabel.test(slug) ? privateImmutableCaching : immutableCaching;
  sendFile(req, res, entry.file, entry.isolated, caching);
}

function lookupTarget(slug: string, target: FileTarget, config: AppConfig): Promise<PreviewEntry | null> {
  return target.kind === "draft"
    ? lookupPreviewFile(slug, target.path, config)
    : lookupVersionFile(slug, target.ref, target.path, config);
}

/** `/dir` with a `dir/index.html`: the page's relative links only work from `/dir/`, so send it there. */
async function isFolder(slug: string, target: FileTarget, config: AppConfig): Promise<boolean> {
  const { path } = target;
  if (path.slice(path.lastIndexOf("/") + 1).includes(".")) return false;
  return Boolean((await lookupTarget(slug, { ...target, path: `${path}/index.html` }, config))?.file);
}
