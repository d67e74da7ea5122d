import { randomBytes } from "node:crypto";

/** A fresh nonce for one response: Next.js puts it on every script it writes into that page. */
export function newScriptNonce(): string {
  return randomBytes(18).toString("base64");
}

export type PolicyInput = {
  /** The nonce of this response's scripts. */
  nonce: string;
  /** Where previews are served, as a source expression: `http://*.preview.localhost:3000`. */
  previewFrames: string;
  /** `*` for the embed, `'self'` for every other app response. */
  frameAncestors: "*" | "'self'";
  /** `npm run dev`: React's development build and Next's hot reloading evaluate code they fetched. */
  dev: boolean;
};

/**
 * The policy of every app response. Scripts: our own files (Next's chunks, Monaco and its workers under
 * /_editor) and inline scripts carrying this response's nonce, so markup injected into a page cannot run
 * script. WebAssembly may compile (Ruff's diagnostics run it in a worker). Styles may be inline: Monaco and
 * React's style attributes need it, and a style cannot run script. Frames: the preview origins, and the app's
 * own embed page, which the share dialog shows as the embed's preview.
 */
export function contentSecurityPolicy({ nonce, previewFrames, frameAncestors, dev }: PolicyInput): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'wasm-unsafe-eval'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    `frame-src 'self' ${previewFrames}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");
}

/** The frame-src source that matches every preview origin (each project's host under the preview domain). */
export function previewFrameSource(appOrigin: string, previewDomain: string): string {
  return `${new URL(appOrigin).protocol}//*.${previewDomain}`;
}
