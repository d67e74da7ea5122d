import type { VersionRef } from "../projects/version-files";

/**
 * What a preview path names. `/v/<n>/…` is version n, `/latest/…` the newest version, anything else the
 * draft. Both prefixes belong to versions whatever the draft holds: a draft file under `v/` or `latest/`
 * is not served, so nothing of the draft ever answers at a version's address.
 */
export type PreviewTarget =
  | { kind: "draft"; path: string }
  | { kind: "version"; ref: VersionRef; path: string }
  /** `/v/<n>` or `/latest`: its pages' relative links only work from the folder. */
  | { kind: "version-folder" }
  | { kind: "no-version"; message: string };

const versionNumber = /^[1-9][0-9]{0,8}$/;

/** `path` is a validated preview file path (request-path.ts): no leading `/`, `/` already `index.html`. */
export function previewTarget(path: string): PreviewTarget {
  if (path === "latest") return { kind: "version-folder" };
  if (path.startsWith("latest/")) return { kind: "version", ref: "latest", path: path.slice("latest/".length) };
  if (path === "v") return { kind: "no-version", message: "Versions are served at /v/<number>/." };
  if (!path.startsWith("v/")) return { kind: "draft", path };
  const rest = path.slice(2);
  const slash = rest.indexOf("/");
  const label = slash === -1 ? rest : rest.slice(0, slash);
  if (!versionNumber.test(label)) {
    return { kind: "no-version", message: `No version “${label}”: versions are numbered 1, 2, 3, … (/v/1/).` };
  }
  if (slash === -1) return { kind: "version-folder" };
  return { kind: "version", ref: Number(label), path: rest.slice(slash + 1) };
}

/** Where a target's files sit on the preview origin, for messages. */
export function targetPrefix(target: Extract<PreviewTarget, { kind: "draft" | "version" }>): string {
  if (target.kind === "draft") return "/";
  return target.ref === "latest" ? "/latest/" : `/v/${target.ref}/`;
}
