import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import type { ErrorBody, ErrorCode } from "../../errors";
import { preflightHeaders, previewHeaders } from "./headers";
import type { ServedFile } from "./served-file";

/** Draft files change with every save, `/latest/` with every publish: the browser must revalidate (a cheap 304). */
export const draftCaching = "no-cache";
/** A numbered version never changes: any cache may keep it for a year without asking again. */
export const immutableCaching = "public, max-age=31536000, immutable";
/** The same for the visitor's own browser only: what a shared cache kept would outlive a secret's rotation. */
export const privateImmutableCaching = "private, max-age=31536000, immutable";

export function sendFile(req: IncomingMessage, res: ServerResponse, file: ServedFile, isolated: boolean, cacheControl: string = draftCaching): void {
  // The switch changes the headers but not the bytes, so it is part of the validator.
  const etag = `"${file.hash}-${isolated ? "i" : "o"}"`;
  const headers = { ...previewHeaders(isolated), etag, "cache-control": cacheControl, ...(file.link && { link: file.link }) };
  if (matchesEtag(req.headers["if-none-match"], etag)) {
    res.writeHead(304, headers).end();
    return;
  }
  send(req, res, 200, { ...headers, "content-type": file.contentType }, file.body);
}

export function sendNotFound(
  req: IncomingMessage,
  res: ServerResponse,
  message: string,
  isolated: boolean | null,
  appOrigin: string,
): void {
  const headers = { ...previewHeaders(isolated), "content-type": "text/html; charset=utf-8", "cache-control": "no-cache" };
  send(req, res, 404, headers, Buffer.from(notFoundPage(message, appOrigin)));
}

/** User mistakes other than a missing file answer in the app's JSON error shape. */
export function sendError(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  code: ErrorCode,
  message: string,
  extra: OutgoingHttpHeaders = {},
): void {
  const body: ErrorBody = { error: { code, message } };
  const headers = { ...previewHeaders(null), ...extra, "content-type": "application/json; charset=utf-8" };
  send(req, res, status, headers, Buffer.from(JSON.stringify(body)));
}

/** Redirects to the same target with a `/` after the path; the path was validated, so it stays on this origin. */
export function sendFolderRedirect(req: IncomingMessage, res: ServerResponse, isolated: boolean): void {
  const target = req.url ?? "/";
  const end = target.search(/[?#]|$/);
  const location = `${target.slice(0, end)}/${target.slice(end)}`;
  res.writeHead(308, { ...previewHeaders(isolated), location, "cache-control": "no-cache", "content-length": 0 }).end();
}

export function sendPreflight(res: ServerResponse): void {
  res.writeHead(204, preflightHeaders).end();
}

function send(req: IncomingMessage, res: ServerResponse, status: number, headers: OutgoingHttpHeaders, body: Buffer): void {
  res.writeHead(status, { ...headers, "content-length": body.byteLength });
  res.end(req.method === "HEAD" ? undefined : body);
}

export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  // Weak comparison (RFC 9110 §13.1.2): a `W/` prefix does not prevent a match.
  return header.split(",").some((candidate) => candidate.trim().replace(/^W\//, "") === etag);
}

function notFoundPage(message: string, appOrigin: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>404 · Not found</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:0;display:grid;place-items:center;min-height:100vh;background:#f7f7f8;color:#222}
main{max-width:32rem;padding:2rem}h1{font-size:1.25rem;margin:0 0 .5rem}code{background:#eceef1;padding:.1em .3em;border-radius:4px}a{color:#2457c5}</style>
</head><body><main><h1>404 · Not found</h1><p>${escapeHtml(message)}</p><p><a href="${escapeHtml(appOrigin)}/">Back to the app</a></p></main></body></html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
