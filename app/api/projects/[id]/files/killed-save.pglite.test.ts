import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { AppClient } from "@/test/support/app-client";
import { freePort, startAppProcess } from "@/test/support/app-process";
import type { AppProcess } from "@/test/support/app-process";
import { sendHttp } from "@/test/support/http-client";
import { expectOneGeneration, generation } from "@/test/support/large-save";

describe("the app killed in the middle of a large save, on PGlite", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "pysandbox-killed-save-"));
  let app: AppProcess | undefined;
  afterAll(async () => {
    await app?.kill();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const restart = async () => (app = await startAppProcess({ port: await freePort(), dataDir }));

  test("leaves the project at the old or the new revision, never a mix, wherever the save was cut", async () => {
    let current = await restart();
    const { client: signedUp } = await AppClient.signUp(current);
    let client = signedUp;
    const generations: Record<string, ReturnType<typeof generation>> = { g0: generation("g0") };
    const project = await client.createProject("Large", generations.g0!);

    // One save that finishes says how long a save takes once its body is sent; the kills then fall inside it.
    generations.g1 = generation("g1");
    const started = performance.now();
    let sentAt = 0;
    const timed = await sendHttp(current.port, putRequest(client, project.id, project.revision, generations.g1), 60_000, () => (sentAt = performance.now()));
    expect(timed.status).toBe(200);
    const saveMs = performance.now() - (sentAt || started);

    let revision = project.revision + 1;
    for (const [n, fraction] of [0.1, 0.5, 0.9].entries()) {
      const name = `g${n + 2}`;
      generations[name] = generation(name);
      const save = sendHttp(current.port, putRequest(client, project.id, revision, generations[name]!), 60_000, () => {
        setTimeout(() => void current.kill("SIGKILL"), saveMs * fraction);
      });
      await save.catch(() => undefined);
      await current.kill("SIGKILL");
      current = await restart();
      client = client.on(current);
      const found = await expectOneGeneration(client, project.id, { [`g${n + 1}`]: generations[`g${n + 1}`]!, [name]: generations[name]! });
      expect([`g${n + 1}@${revision}`, `${name}@${revision + 1}`]).toContain(`${found.name}@${found.revision}`);
      if (found.name === name) revision += 1;
      else generations[name] = generations[`g${n + 1}`]!;
    }
  }, 300_000);
});

function putRequest(client: AppClient, projectId: string, revision: number, files: { path: string; content: string }[]) {
  return {
    method: "PUT",
    path: `/api/projects/${projectId}/files`,
    headers: { ...client.headers(), "content-type": "application/json" },
    body: JSON.stringify({ revision, files }),
  };
}
