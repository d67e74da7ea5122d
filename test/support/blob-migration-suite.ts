import { createHash } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { connectForMigrations, connectPg } from "../../lib/server/migrations/connection";
import type { MigrationConnection } from "../../lib/server/migrations/connection";
import { readMigrations } from "../../lib/server/migrations/files";
import { applyMigrations } from "../../lib/server/migrations/runner";
import { createThrowawayPg } from "./test-databases";
import type { DatabaseKind } from "./test-databases";

const migrationName = "20261206230000_content_addressed_files";
const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/** A database of one kind, with a way to hear its NOTIFYs. */
type Subject = { db: MigrationConnection; listen(channel: string, heard: (payload: string) => void): Promise<void>; close(): Promise<void> };

async function openSubject(kind: DatabaseKind): Promise<Subject> {
  if (kind === "pglite") {
    const pglite = await PGlite.create();
    return {
      db: await connectForMigrations({ pglite, prisma: undefined as never, databaseUrl: undefined }),
      listen: async (channel, heard) => void (await pglite.listen(channel, heard)),
      close: () => pglite.close(),
    };
  }
  const database = await createThrowawayPg();
  const db = await connectPg(database.url);
  const listener = new pg.Client({ connectionString: database.url });
  await listener.connect();
  return {
    db,
    listen: async (channel, heard) => {
      listener.on("notification", (message) => message.channel === channel && heard(message.payload ?? ""));
      await listener.query(`LISTEN ${channel}`);
    },
    close: async () => {
      await listener.end();
      await db.close();
      await database.drop();
    },
  };
}

/**
 * The content-addressed migration applied to a database that already holds projects, files and versions
 * (as one migrated by the previous release would), on each kind of database.
 */
export function describeBlobMigration(kind: DatabaseKind): void {
  describe(`${migrationName} on a ${kind} database with data in it`, () => {
    let subject: Subject;
    beforeAll(async () => {
      subject = await openSubject(kind);
    });
    afterAll(() => subject?.close());

    const same = Buffer.from("print('same')\n");
    const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0xfe]);
    const old = Buffer.from("print('only in version 1')\n");
    const userId = "00000000-0000-4000-8000-00000000000a";
    const [first, second] = ["00000000-0000-4000-8000-0000000000b1", "00000000-0000-4000-8000-0000000000b2"];
    const versionId = "00000000-0000-4000-8000-0000000000c1";

    test("moves every file's and version file's bytes into one blob per content, and reads back the same", async () => {
      const { db } = subject;
      const migrations = await readMigrations();
      expect(migrations.map((m) => m.name)).toContain(migrationName);
      await applyMigrations(db, migrations.filter((m) => m.name < migrationName));

      await db.query(`INSERT INTO "User" ("id", "name", "email", "updatedAt") VALUES ($1, 'Ada', 'ada@example.test', now())`, [userId]);
      for (const [id, slug] of [[first, "first"], [second, "second"]]) {
        await db.query(
          `INSERT INTO "Project" ("id", "slug", "title", "ownerId", "previewSecret", "updatedAt") VALUES ($1, $2, $2, $3, md5($2), now())`,
          [id, slug, userId],
        );
      }
      const file = (projectId: string, path: string, content: Buffer) =>
        db.query(
          `INSERT INTO "File" ("id", "projectId", "path", "content", "size", "revision", "updatedAt")
           VALUES (gen_random_uuid(), $1, $2, $3, $4, 1, now())`,
          [projectId, path, content, content.length],
        );
      await file(first, "main.py", same);
      await file(first, "img/logo.png", binary);
      await file(second, "main.py", same);
      await db.query(`INSERT INTO "Version" ("id", "projectId", "number", "authorName") VALUES ($1, $2, 1, 'Ada')`, [versionId, first]);
      for (const [path, content] of [["main.py", same], ["old.py", old]] as const) {
        await db.query(`INSERT INTO "VersionFile" ("versionId", "path", "content", "size") VALUES ($1, $2, $3, $4)`, [
          versionId,
          path,
          content,
          content.length,
        ]);
      }

      expect(await applyMigrations(db, migrations)).toEqual([migrationName]);

      const blobs = await db.query<{ hash: string; content: Uint8Array; size: number }>(`SELECT * FROM "Blob" ORDER BY "hash"`);
      const expected = [same, binary, old].map((bytes) => ({ hash: sha256(bytes), content: bytes, size: bytes.length }));
      expected.sort((a, b) => (a.hash < b.hash ? -1 : 1));
      expect(blobs.map((blob) => ({ ...blob, content: Buffer.from(blob.content) }))).toEqual(expected);

      const files = await db.query<{ projectId: string; path: string; hash: string; size: number }>(
        `SELECT "projectId", "path", "hash", "size" FROM "File" ORDER BY "projectId", "path"`,
      );
      expect(files).toEqual([
        { projectId: first, path: "img/logo.png", hash: sha256(binary), size: binary.length },
        { projectId: first, path: "main.py", hash: sha256(same), size: same.length },
        { projectId: second, path: "main.py", hash: sha256(same), size: same.length },
      ]);
      const versionFiles = await db.query(`SELECT "path", "hash" FROM "VersionFile" ORDER BY "path"`);
      expect(versionFiles).toEqual([
        { path: "main.py", hash: sha256(same) },
        { path: "old.py", hash: sha256(old) },
      ]);
      const served = await db.query<{ content: Uint8Array }>(
        `SELECT b."content" FROM "File" f JOIN "Blob" b ON b."hash" = f."hash" WHERE f."projectId" = $1 AND f."path" = 'img/logo.png'`,
        [first],
      );
      expect(Buffer.from(served[0]!.content)).toEqual(binary);
      const bytesColumns = await db.query(
        `SELECT table_name, column_name FROM information_schema.columns WHERE column_name = 'content' AND table_schema = 'public' ORDER BY 1`,
      );
      expect(bytesColumns).toEqual([{ table_name: "Blob", column_name: "content" }]);
    });

    test("after it, a file write still notifies the preview caches", async () => {
      const heard: string[] = [];
      let notify!: () => void;
      const notified = new Promise<void>((resolve) => (notify = resolve));
      await subject.listen("preview_changed", (payload) => {
        heard.push(payload);
        notify();
      });
      await subject.db.query(`UPDATE "File" SET "revision" = 2 WHERE "projectId" = $1 AND "path" = 'main.py'`, [second]);
      await notified;
      expect(heard).toContain(second);
    });

    test("after it, a blob goes with its last reference, from drafts, versions or deleted projects", async () => {
      const { db } = subject;
      const count = async () => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Blob"`))[0]!.n;
      await db.query(`DELETE FROM "File" WHERE "projectId" = $1`, [second]);
      expect(await count()).toBe(3);
      await db.query(`DELETE FROM "Version" WHERE "id" = $1`, [versionId]);
      expect(await count()).toBe(2);
      await db.query(`DELETE FROM "Project" WHERE "id" = $1`, [first]);
      expect(await count()).toBe(0);
    });
  });
}
