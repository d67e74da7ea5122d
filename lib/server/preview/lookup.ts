import "server-only";
import type { AppConfig } from "../../config";
import { openDatabase } from "../db";
import { findPreviewFile } from "../projects/preview-files";
import { findVersionPreviewFile } from "../projects/version-files";
import type { VersionRef } from "../projects/version-files";
import { onProjectWritten } from "../projects/write-events";
import { builtinFile } from "./builtins";
import { listenForPreviewChanges } from "./change-feed";
import type { ChangeFeed } from "./change-feed";
import { PreviewFileCache } from "./file-cache";
import type { PreviewEntry } from "./file-cache";
import { prepareServedFile } from "./served-file";

const cacheBytes = 64 * 1024 * 1024;

type PreviewSource = { cache: PreviewFileCache; feed: Promise<ChangeFeed>; stopHearingWrites(): void };
/**
 * One per process, on globalThis: the custom server (which serves previews) and Next's bundle of the route
 * handlers (the health check reads the cache's state) are two copies of this module (see db.ts).
 */
const sourceKey = Symbol.for("pysandbox.previewSource");
const slot = globalThis as typeof globalThis & { [sourceKey]?: PreviewSource | null };

/**
 * A project's file as served (project file first, then a built-in of that name), or null when there is
 * no such project. Reads go through the per-process cache; the database is asked only on a miss.
 */
export function lookupPreviewFile(slug: string, path: string, config: AppConfig): Promise<PreviewEntry | null> {
  const source = (slot[sourceKey] ??= startSource(config));
  return source.cache.get(slug, path, () => loadEntry(slug, path));
}

/**
 * A file of a version (`latest`: the newest), or null when there is no such project. The cache keys it
 * apart from the draft (`v/<n>/…`, `latest/…`: the draft is never looked up under those prefixes), and a
 * publish drops the project's entries like any write, so `/latest/` moves on at once.
 */
export function lookupVersionFile(slug: string, ref: VersionRef, path: string, config: AppConfig): Promise<PreviewEntry | null> {
  const source = (slot[sourceKey] ??= startSource(config));
  const key = ref === "latest" ? `latest/${path}` : `v/${ref}/${path}`;
  return source.cache.get(slug, key, () => loadVersionEntry(slug, ref, path));
}

/** Whether the cache is in use (its change feed is live) and what it holds; for health checks and tests. */
export function previewCacheStatus(): { live: boolean; entries: number; bytes: number } {
  const source = slot[sourceKey];
  return { live: source?.cache.live ?? false, ...(source?.cache.size ?? { entries: 0, bytes: 0 }) };
}

/** Whether the cache holds a file (tests: the read after a write would have been stale without the drop). */
export function previewCacheHolds(slug: string, key: string): boolean {
  return slot[sourceKey]?.cache.holds(slug, key) ?? false;
}

/** Stops listening for changes (tests and benches that open several databases in one process). */
export async function stopPreviewSource(): Promise<void> {
  const current = slot[sourceKey];
  slot[sourceKey] = null;
  if (!current) return;
  current.stopHearingWrites();
  current.cache.stop();
  await current.feed.then(
    (feed) => feed.close(),
    () => undefined,
  );
}

function startSource(config: AppConfig): PreviewSource {
  const cache = new PreviewFileCache(cacheBytes);
  // Read-your-writes here: a write made by this instance drops the project before its request is answered,
  // without waiting for its NOTIFY to come back.
  const stopHearingWrites = onProjectWritten((projectId) => cache.invalidateProject(projectId));
  const feed = openDatabase(config).then((db) =>
    listenForPreviewChanges(
      db,
      {
        ready: () => cache.start(),
        changed: (projectId) => cache.invalidateProject(projectId),
        lost: () => cache.stop(),
      },
      { listenUrl: config.listenDatabaseUrl },
    ),
  );
  // Without a feed the cache simply stays off: serving still works, uncached.
  feed.catch((error: unknown) => console.error("preview cache disabled:", error));
  return { cache, feed, stopHearingWrites };
}

async function loadEntry(slug: string, path: string): Promise<PreviewEntry | null> {
  const found = await findPreviewFile(slug, path);
  if (!found) return null;
  return { projectId: found.projectId, isolated: found.isolated, ...servedFile(path, found.file) };
}

async function loadVersionEntry(slug: string, ref: VersionRef, path: string): Promise<PreviewEntry | null> {
  const found = await findVersionPreviewFile(slug, ref, path);
  if (!found) return null;
  const { projectId, isolated, version } = found;
  if (version === null) return { projectId, isolated, version, file: null, builtin: false };
  return { projectId, isolated, version, ...servedFile(path, found.file) };
}

/** The project's file, else the built-in of that name (`sw.js`, `mini-coi.js`), else none. */
function servedFile(path: string, stored: { content: Uint8Array } | null): Pick<PreviewEntry, "file" | "builtin"> {
  if (stored) return { file: prepareServedFile(path, stored.content), builtin: false };
  const builtin = builtinFile(path);
  return builtin ? { file: prepareServedFile(path, builtin.body, builtin.contentType), builtin: true } : { file: null, builtin: false };
}
