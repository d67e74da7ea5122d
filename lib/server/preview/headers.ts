import type { OutgoingHttpHeaders } from "node:http";

/**
 * Sent on every preview response. The preview origin runs untrusted code: it must not leak where the
 * visitor came from, must not let the browser guess a script out of an image, and never sets cookies.
 * CORP and CORS are sent even when isolation is off so an isolated page elsewhere can still load the files.
 */
const alwaysHeaders: OutgoingHttpHeaders = {
  "referrer-policy": "no-referrer",
  "x-content-type-options": "nosniff",
  "cross-origin-resource-policy": "cross-origin",
  "access-control-allow-origin": "*",
};

/** With these two a top-level preview is `crossOriginIsolated` (SharedArrayBuffer, Atomics for workers). */
const isolationHeaders: OutgoingHttpHeaders = {
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-embedder-policy": "require-corp",
};

const isolatedHeaders = Object.freeze({ ...alwaysHeaders, ...isolationHeaders });
const openHeaders = Object.freeze({ ...alwaysHeaders });

/** Headers for a response about a project; `null` when there is no project to take the switch from. */
export function previewHeaders(isolated: boolean | null): Readonly<OutgoingHttpHeaders> {
  return isolated ? isolatedHeaders : openHeaders;
}

/** The preflight answer: preview files are public, so any origin may ask for them with any header. */
export const preflightHeaders: Readonly<OutgoingHttpHeaders> = Object.freeze({
  ...alwaysHeaders,
  "access-control-allow-methods": "GET, HEAD, OPTIONS",
  "access-control-allow-headers": "*",
  "access-control-max-age": "86400",
});
