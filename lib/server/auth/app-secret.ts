import "server-only";
import { randomBytes } from "node:crypto";
import { getDb } from "../db";

/**
 * A secret the app makes for itself once and keeps in the database, so every instance on that database
 * uses the same one. Two instances starting at once both insert; the first row wins and both read it.
 */
export async function readOrCreateAppSecret(name: string): Promise<string> {
  const db = getDb();
  await db.appSecret.createMany({ data: [{ name, value: randomBytes(32).toString("base64url") }], skipDuplicates: true });
  const row = await db.appSecret.findUniqueOrThrow({ where: { name } });
  return row.value;
}
