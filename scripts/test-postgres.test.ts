import { existsSync, statSync } from "node:fs";
import { userInfo } from "node:os";
import pg from "pg";
import { expect, test } from "vitest";
import { isListening, startThrowawayPostgres, unusableReason } from "./test-postgres.mjs";

test("npm test's throw-away PostgreSQL runs (as an unprivileged user under root), takes databases, is told apart from one npm test cannot use, and leaves nothing behind", async () => {
  const server = await startThrowawayPostgres();
  const url = new URL(server.url);
  let dataDir = "";
  try {
    expect(await isListening(Number(url.port))).toBe(true);
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    try {
      const [row] = (await client.query<{ version: string; dir: string }>(`SELECT current_setting('server_version_num') AS version, current_setting('data_directory') AS dir`)).rows;
      expect(Number(row?.version)).toBeGreaterThanOrEqual(180000);
      dataDir = row!.dir;
      if (userInfo().uid === 0) expect(statSync(dataDir).uid).not.toBe(0);
      await client.query(`CREATE DATABASE "scratch"`);
      await client.query(`DROP DATABASE "scratch"`);
      // The probe npm test makes before using a PostgreSQL it finds: a real connection and the right to create databases.
      expect(await unusableReason(server.url)).toBeNull();
      const noPassword = new URL(server.url);
      noPassword.password = "";
      expect(await unusableReason(noPassword.toString())).toMatch(/password/i);
      await client.query(`CREATE ROLE "reader" LOGIN PASSWORD 'reader-password'`);
      const reader = new URL(server.url);
      reader.username = "reader";
      reader.password = "reader-password";
      expect(await unusableReason(reader.toString())).toBe("its role may not create databases");
    } finally {
      await client.end();
    }
  } finally {
    await server.stop();
  }
  expect(await isListening(Number(url.port))).toBe(false);
  expect(existsSync(dataDir)).toBe(false);
});
