import type { PreviewTarget } from "./version-path";

/**
 * Whether a project file may be installed as a service worker, asked when the browser fetches a worker
 * script (it sends `Service-Worker: script` on that request and on every update check).
 *
 * A service worker controls every page under its scope, and a scope may be as wide as the folder of its
 * script (this server never sends `Service-Worker-Allowed`). So a draft's worker script in the root could
 * control `/v/<n>/` and `/latest/` and rewrite what a published version serves. Refused: project files in
 * the root, and project files of `/latest/` (a moving address). Allowed: the platform's built-ins, which
 * never change a response's bytes (mini-coi adds isolation headers; sw.js only answers its own sabayon
 * POSTs); draft files in a folder (their scope stays inside it, e.g. `/app/`); and a version's own files,
 * whose scope stays inside that immutable version.
 *
 * Returns the refusal's message, or null when allowed.
 */
export function serviceWorkerRefusal(target: Extract<PreviewTarget, { kind: "draft" | "version" }>, builtin: boolean): string | null {
  if (builtin) return null;
  if (target.kind === "version" && target.ref !== "latest") return null;
  if (target.kind === "draft" && target.path.includes("/")) return null;
  const where = target.kind === "draft" ? `/${target.path}` : `/latest/${target.path}`;
  return (
    `${where} cannot be a service worker: from there it could control this preview's published versions ` +
    "(/v/<number>/), which must serve exactly what was published. Put your service worker in a folder, " +
    "e.g. /app/sw.js (it then controls the pages under /app/). The built-in /sw.js and /mini-coi.js stay available."
  );
}
