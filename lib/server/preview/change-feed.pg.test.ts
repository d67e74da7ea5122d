import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../db";
import { openTestDatabase } from "../../../test/support/test-databases";
import type { TestDatabase } from "../../../test/support/test-databases";
import { listenForPreviewChanges } from "./change-feed";
import type { ChangeFeed } from "./change-feed";
import { PreviewFileCache } from "./file-cache";
import type { PreviewEntry } from "./file-cache";
import { startTcpProxy } from "../../../test/support/preview/tcp-proxy";
import type { TcpProxy } from "../../../test/support/preview/tcp-proxy";

const heartbeat = { intervalMs: 100, deadlineMs: 500 };
/** Timers run late on a loaded machine; a feed without a working heartbeat would never report the loss at all. */
const deadlineSlackMs = 500;

describe("the preview change feed's heartbeat (PostgreSQL)", () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let feed: ChangeFeed | undefined;

  beforeAll(async () => {
    database = await openTestDatabase("pg");
    proxy = await startTcpProxy(database.databaseUrl!);
  });

  afterAll(async () => {
    await feed?.close();
    await proxy?.close();
    await database?.close();
  });

  it("a listening connection that dies silently turns the cache off within the deadline, and on again once it reconnects", async () => {
    const cache = new PreviewFileCache(1024 * 1024);
    const events: string[] = [];
    const waiting = new Map<string, () => void>();
    const next = (name: string) => new Promise<void>((resolve) => waiting.set(name, resolve));
    const record = (name: string) => {
      events.push(name);
      waiting.get(name)?.();
      waiting.delete(name);
    };
    feed = await listenForPreviewChanges(
      await openDatabase(database),
      {
        ready: () => (cache.start(), record("ready")),
        changed: (projectId) => cache.invalidateProject(projectId),
        lost: () => (cache.stop(), record("lost")),
      },
      { listenUrl: proxy.url, heartbeat },
    );
    let loads = 0;
    const entry: PreviewEntry = { projectId: "p", isolated: true, file: null };
    const read = () => cache.get("slug", "main.py", async () => (loads++, entry));

    expect(cache.live).toBe(true);
    await read();
    await read();
    expect(loads).toBe(1);

    const lost = next("lost");
    const frozenAt = performance.now();
    proxy.freeze();
    await lost;
    // The first beat after the freeze goes out within one interval and is overdue one deadline later.
    expect(performance.now() - frozenAt).toBeLessThan(heartbeat.intervalMs + heartbeat.deadlineMs + deadlineSlackMs);
    expect(cache.live).toBe(false);
    await read();
    await read();
    expect(loads).toBe(3);

    await next("ready");
    expect(cache.live).toBe(true);
    expect(events).toEqual(["ready", "lost", "ready"]);
  });
});
