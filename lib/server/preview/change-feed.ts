import "server-only";
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { Database } from "../db";

/** Filled by triggers on "Project" and "File" (migration `preview_change_notify`); payload: the project id. */
export const previewChangeChannel = "preview_changed";

/** The listening connection's application_name, so operators (and tests) can find it in pg_stat_activity. */
export const changeFeedApplicationName = "pysandbox-preview-feed";

export type ChangeFeedEvents = {
  /** The feed is live: every later change will be reported. */
  ready(): void;
  changed(projectId: string): void;
  /** Changes may have been missed (connection lost): nothing cached can be trusted until `ready` again. */
  lost(): void;
};

export type ChangeFeed = { close(): Promise<void> };

export type HeartbeatTiming = {
  /** How often the listener sends itself a NOTIFY through the database. */
  intervalMs: number;
  /** How long it waits for that NOTIFY before it calls the connection dead. */
  deadlineMs: number;
};

/**
 * A connection can die without either end noticing (a NAT or firewall dropping it, a frozen peer); TCP
 * keep-alive takes hours to tell. A NOTIFY the listener sends itself through another connection must come
 * back within the deadline, so a dead feed turns the cache off within interval + deadline.
 */
export const defaultHeartbeat: HeartbeatTiming = { intervalMs: 2000, deadlineMs: 3000 };

const reconnectDelayMs = 1000;

/**
 * Listens for committed project writes from any app instance on this database. PostgreSQL sends a
 * NOTIFY to every listener after the writing transaction commits, so caches everywhere drop stale files.
 */
export async function listenForPreviewChanges(
  db: Database,
  events: ChangeFeedEvents,
  options: { listenUrl?: string | undefined; heartbeat?: HeartbeatTiming } = {},
): Promise<ChangeFeed> {
  if (db.pglite) {
    // PGlite is in-process and has one connection: it cannot drop notifications without closing.
    const unlisten = await db.pglite.listen(previewChangeChannel, events.changed);
    events.ready();
    return { close: unlisten };
  }
  const listenUrl = options.listenUrl ?? db.databaseUrl;
  if (!listenUrl) throw new Error("The database has neither PGlite nor a URL.");
  const sendHeartbeat = async (channel: string, payload: string): Promise<void> => {
    await db.prisma.$executeRaw`SELECT pg_notify(${channel}, ${payload})`;
  };
  return listenOverPg(listenUrl, events, sendHeartbeat, options.heartbeat ?? defaultHeartbeat);
}

async function listenOverPg(
  databaseUrl: string,
  events: ChangeFeedEvents,
  sendHeartbeat: (channel: string, payload: string) => Promise<void>,
  heartbeat: HeartbeatTiming,
): Promise<ChangeFeed> {
  let closed = false;
  let client: pg.Client | null = null;
  let retry: NodeJS.Timeout | undefined;
  let stopBeats = (): void => {};

  const reconnectLater = (): void => {
    events.lost();
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      void connect();
    }, reconnectDelayMs);
  };

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: databaseUrl, keepAlive: true, application_name: changeFeedApplicationName });
    // Channel names are identifiers: one of its own per connection, so no instance sees another's beats.
    const beatChannel = `preview_heartbeat_${randomBytes(8).toString("hex")}`;
    const overdue = new Map<string, NodeJS.Timeout>();
    let beats: NodeJS.Timeout | undefined;
    const clearBeats = (): void => {
      clearInterval(beats);
      for (const timer of overdue.values()) clearTimeout(timer);
      overdue.clear();
    };
    client = next;
    stopBeats = clearBeats;
    const drop = (): void => {
      clearBeats();
      if (client !== next) return;
      client = null;
      void next.end().catch(() => undefined);
      reconnectLater();
    };
    const beat = (sequence: number): void => {
      const payload = String(sequence);
      const timer = setTimeout(() => {
        console.error("preview cache: the change feed missed its heartbeat, serving uncached until it reconnects");
        drop();
      }, heartbeat.deadlineMs);
      overdue.set(payload, timer.unref());
      // A failed send is a missed beat too: the deadline above handles both.
      sendHeartbeat(beatChannel, payload).catch(() => undefined);
    };
    next.on("error", drop);
    next.on("end", drop);
    next.on("notification", (message) => {
      if (message.channel === previewChangeChannel && message.payload) events.changed(message.payload);
      if (message.channel === beatChannel && message.payload) {
        clearTimeout(overdue.get(message.payload));
        overdue.delete(message.payload);
      }
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${previewChangeChannel}`);
      await next.query(`LISTEN ${beatChannel}`);
    } catch (error) {
      console.error("preview cache: cannot listen for changes, serving uncached until it can", error);
      drop();
      return;
    }
    if (client !== next) return;
    let sequence = 0;
    beats = setInterval(() => beat(++sequence), heartbeat.intervalMs).unref();
    events.ready();
  };

  await connect();
  return {
    close: async () => {
      closed = true;
      clearTimeout(retry);
      const current = client;
      client = null;
      stopBeats();
      await current?.end().catch(() => undefined);
    },
  };
}
