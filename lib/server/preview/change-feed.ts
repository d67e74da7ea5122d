import "server-only";
import pg from "pg";
import type { Database } from "../db";

/** Filled by triggers on "Project" and "File" (migration `preview_change_notify`); payload: the project id. */
export const previewChangeChannel = "preview_changed";

export type ChangeFeedEvents = {
  /** The feed is live: every later change will be reported. */
  ready(): void;
  changed(projectId: string): void;
  /** Changes may have been missed (connection lost): nothing cached can be trusted until `ready` again. */
  lost(): void;
};

export type ChangeFeed = { close(): Promise<void> };

const reconnectDelayMs = 1000;

/**
 * Listens for committed project writes from any app instance on this database. PostgreSQL sends a
 * NOTIFY to every listener after the writing transaction commits, so caches everywhere drop stale files.
 */
export async function listenForPreviewChanges(db: Database, events: ChangeFeedEvents): Promise<ChangeFeed> {
  if (db.pglite) {
    // PGlite is in-process and has one connection: it cannot drop notifications without closing.
    const unlisten = await db.pglite.listen(previewChangeChannel, events.changed);
    events.ready();
    return { close: unlisten };
  }
  if (!db.databaseUrl) throw new Error("The database has neither PGlite nor a URL.");
  return listenOverPg(db.databaseUrl, events);
}

async function listenOverPg(databaseUrl: string, events: ChangeFeedEvents): Promise<ChangeFeed> {
  let closed = false;
  let client: pg.Client | null = null;
  let retry: NodeJS.Timeout | undefined;

  const reconnectLater = (): void => {
    events.lost();
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      void connect();
    }, reconnectDelayMs);
  };

  const connect = async (): Promise<void> => {
    // TCP keep-alive so a silently dead connection is noticed (and the cache turned off) rather than trusted.
    const next = new pg.Client({ connectionString: databaseUrl, keepAlive: true });
    client = next;
    const drop = (): void => {
      if (client !== next) return;
      client = null;
      void next.end().catch(() => undefined);
      reconnectLater();
    };
    next.on("error", drop);
    next.on("end", drop);
    next.on("notification", (message) => {
      if (message.channel === previewChangeChannel && message.payload) events.changed(message.payload);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${previewChangeChannel}`);
    } catch (error) {
      console.error("preview cache: cannot listen for changes, serving uncached until it can", error);
      drop();
      return;
    }
    if (client === next) events.ready();
  };

  await connect();
  return {
    close: async () => {
      closed = true;
      clearTimeout(retry);
      const current = client;
      client = null;
      await current?.end().catch(() => undefined);
    },
  };
}
