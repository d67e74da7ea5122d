import "server-only";
import { appendFileSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { AppConfig } from "../config";
import { acquireDataDirLock } from "./data-dir-lock";
import { PrismaClient } from "./generated/prisma/client";

export type Database = {
  prisma: PrismaClient;
  /** The embedded database when DATABASE_URL is unset; the migration runner talks to it directly. */
  pglite: PGlite | null;
  databaseUrl: string | undefined;
};

type DatabaseTarget = Pick<AppConfig, "databaseUrl" | "dataDir" | "queryLogFile">;
type Slot = { target: DatabaseTarget; opening: Promise<Database>; ready?: Database; close(): Promise<void> };

/**
 * The custom server bundle (dist/server.mjs) and Next's own bundle of the route handlers are two copies of
 * this module in one process. The one client lives on globalThis so they share it: two PGlite instances
 * on one folder would corrupt it, and two pg pools would double the connections.
 */
const slotKey = Symbol.for("pysandbox.database");
const globalSlot = globalThis as typeof globalThis & { [slotKey]?: Slot };

/** Opens the one database of this process (idempotent); with PGlite it first locks the data folder. */
export function openDatabase(target: DatabaseTarget): Promise<Database> {
  const existing = globalSlot[slotKey];
  if (existing) {
    if (existing.target.databaseUrl !== target.databaseUrl || existing.target.dataDir !== target.dataDir) {
      return Promise.reject(new Error("This process already opened a different database."));
    }
    return existing.opening;
  }
  const slot = createSlot(target);
  globalSlot[slotKey] = slot;
  slot.opening.catch(() => {
    if (globalSlot[slotKey] === slot) delete globalSlot[slotKey];
  });
  return slot.opening;
}

/** The Prisma client; the database must have been opened by `prepareDatabase` at start. */
export function getDb(): PrismaClient {
  const ready = globalSlot[slotKey]?.ready;
  if (!ready) throw new Error("The database is not open: start the app through server.ts (prepareDatabase).");
  return ready.prisma;
}

export async function closeDatabase(): Promise<void> {
  const slot = globalSlot[slotKey];
  if (!slot) return;
  delete globalSlot[slotKey];
  await slot.close();
}

/**
 * Writes to one project queue on its row lock, and every waiting transaction holds a pooled connection, so
 * a burst of saves waits longer than Prisma's defaults (2 s for a connection, 5 s in the transaction) without
 * anything being wrong. Past these, the request gets a 503 (error-response.ts), never a lost write.
 */
const transactionOptions = { maxWait: 15_000, timeout: 30_000 };

/**
 * pg waits forever for a new connection by default: with PostgreSQL unreachable or not answering, every
 * request that needs one would hang until the operating system gave up on the socket. Past this, the request
 * gets a 503 saying the database is not answering (error-response.ts).
 */
const connectTimeoutMs = 5_000;

/**
 * The client, logging every statement to `queryLogFile` when one is set (QUERY_LOG): one line each, written
 * synchronously before the statement's result reaches its caller, so whoever saw a response end finds every
 * statement that made it in the file.
 */
function newClient(adapter: PrismaPg | PrismaPGlite, queryLogFile: string | undefined): PrismaClient {
  if (!queryLogFile) return new PrismaClient({ adapter, transactionOptions });
  const prisma = new PrismaClient({ adapter, transactionOptions, log: [{ emit: "event", level: "query" }] });
  prisma.$on("query", (event) => appendFileSync(queryLogFile, `${event.query.replace(/\s+/g, " ")}\n`));
  return prisma;
}

function createSlot(target: DatabaseTarget): Slot {
  let release = async (): Promise<void> => {};
  const opening = (async (): Promise<Database> => {
    if (target.databaseUrl) {
      const adapter = new PrismaPg({ connectionString: target.databaseUrl, connectionTimeoutMillis: connectTimeoutMs });
      const prisma = newClient(adapter, target.queryLogFile);
      release = () => prisma.$disconnect();
      return { prisma, pglite: null, databaseUrl: target.databaseUrl };
    }
    const lock = acquireDataDirLock(target.dataDir);
    try {
      const pglite = await PGlite.create(join(target.dataDir, "pglite"));
      const prisma = newClient(new PrismaPGlite(pglite), target.queryLogFile);
      release = async () => {
        await prisma.$disconnect();
        await pglite.close();
        lock.release();
      };
      return { prisma, pglite, databaseUrl: undefined };
    } catch (error) {
      lock.release();
      throw error;
    }
  })();
  const slot: Slot = {
    target,
    opening: opening.then((db) => (slot.ready = db)),
    close: async () => {
      await opening.catch(() => undefined);
      await release();
    },
  };
  return slot;
}
