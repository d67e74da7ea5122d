import { mkdtempSync, readFileSync, readdirSync, rmSync, watch } from "node:fs";
import type { FSWatcher } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { AppClient } from "@/test/support/app-client";
import { freePort, startAppProcess } from "@/test/support/app-process";
import type { AppProcess } from "@/test/support/app-process";
import { sendHttp } from "@/test/support/http-client";
import { largeGeneration, saveRequest, servedGeneration, smallGeneration } from "@/test/support/large-save";

describe("the app killed in the middle of a large save, on PGlite", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "pysandbox-killed-save-"));
  const apps: AppProcess[] = [];
  const start = async () => {
    const app = await startAppProcess({ port: await freePort(), dataDir });
    apps.push(app);
    return app;
  };
  afterAll(async () => {
    await Promise.all(apps.map((app) => app.kill()));
    rmSync(dataDir, { recursive: true, force: true });
  });

  test("leaves the project wholly at the old revision; the data folder, its lock held by the dead process, opens again and the same save then lands whole", async () => {
    const first = await start();
    const { client } = await AppClient.signUp(first);
    const [old, next] = [smallGeneration("old"), largeGeneration("new")];
    const project = await client.createProject("Large", old.files);

    // Nothing writes to the database while the save's body arrives and is checked. Its transaction bumps the
    // revision, then INSERTs the blobs, which grows their table's file: the first write to a table file is
    // that INSERT, hundreds of milliseconds before the commit, and the app dies there.
    const tableWrites = watchTableFiles(dataDir, () => void first.kill("SIGKILL"));
    // The connection dies with the app, unanswered.
    const save = sendHttp(first.port, saveRequest(client, project.id, project.revision, next), { timeoutMs: 60_000 });
    await expect(save).rejects.toThrow(/closed the connection/);
    tableWrites.close();
    expect(tableWrites.seen()).toBe(true);

    // The lock file still names the dead process: the restart takes it over rather than waiting or refusing.
    expect(JSON.parse(readFileSync(join(dataDir, "app.lock"), "utf8"))).toMatchObject({ pid: first.pid });
    const second = await start();
    const again = client.on(second);
    expect(await servedGeneration(again, project, [old, next])).toEqual({ name: "old", revision: project.revision });

    const retried = await sendHttp(second.port, saveRequest(again, project.id, project.revision, next), { timeoutMs: 60_000 });
    expect(retried.status, retried.text).toBe(200);
    expect(await servedGeneration(again, project, [old, next])).toEqual({ name: "new", revision: project.revision + 1 });
  }, 180_000);
});

/** Calls `onFirst` at the first write to any table file of the embedded database (`pglite/base/<db>/`). */
function watchTableFiles(dataDir: string, onFirst: () => void): { seen(): boolean; close(): void } {
  const base = join(dataDir, "pglite", "base");
  let seen = false;
  const watchers: FSWatcher[] = readdirSync(base).map((database) =>
    watch(join(base, database), () => {
      if (seen) return;
      seen = true;
      onFirst();
    }),
  );
  return { seen: () => seen, close: () => watchers.forEach((watcher) => watcher.close()) };
}
