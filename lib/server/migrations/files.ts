import "server-only";
import { createHash } from "node:crypto";
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";

export type Migration = { name: string; sql: string; checksum: string };

export const defaultMigrationsDir = join(process.cwd(), "prisma", "migrations");

/**
 * The migrations in the order Prisma applies them (folder names start with a UTC timestamp). The checksum
 * is Prisma's: sha256 of the file, hex, so `prisma migrate deploy` accepts a database migrated by us.
 */
export async function readMigrations(dir: string = defaultMigrationsDir): Promise<Migration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  return Promise.all(
    names.map(async (name) => {
      const bytes = await readFile(join(dir, name, "migration.sql"));
      return { name, sql: bytes.toString("utf8"), checksum: createHash("sha256").update(bytes).digest("hex") };
    }),
  );
}
