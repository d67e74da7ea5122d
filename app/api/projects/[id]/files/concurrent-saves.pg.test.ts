import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { AppClient } from "@/test/support/app-client";
import { freePort, startAppProcess } from "@/test/support/app-process";
import type { AppProcess } from "@/test/support/app-process";
import { changedTables, openFingerprinter } from "@/test/support/database-fingerprint";
import { createThrowawayPg } from "@/test/support/test-databases";
import type { ThrowawayPg } from "@/test/support/test-databases";

/** Tables a save of the project may change; every other one must be left exactly as it was. */
const savedTables = ["Project", "File", "Blob", "FileDeletion"];

describe("fifty concurrent saves of one project, over HTTP to the built app on PostgreSQL", () => {
  let database: ThrowawayPg;
  let app: AppProcess;
  beforeAll(async () => {
    database = await createThrowawayPg();
    app = await startAppProcess({ port: await freePort(), databaseUrl: database.url });
  });
  afterAll(async () => {
    await app?.kill();
    await database?.drop();
  });

  test("every accepted save is in the data, each refused one got a 409 naming its files, and nothing else changed", async () => {
    const { client: first, email, password } = await AppClient.signUp(app);
    const clients = [first, ...(await Promise.all([1, 2, 3, 4].map(async () => (await AppClient.signIn(app, email, password)).client)))];
    const project = await first.createProject("Busy", [
      { path: "shared.py", content: "shared = 0" },
      { path: "gone.py", content: "gone = 0" },
    ]);
    const fingerprints = await openFingerprinter(database.url);
    const before = await fingerprints.take();

    // All fifty start from the revision they loaded. Twenty write a file of their own: none conflicts.
    // Thirty write shared.py too: the first to commit wins, the others changed a file someone else wrote.
    const saves = Array.from({ length: 50 }, (_, i) => {
      const upserts = [{ path: `own/${i}.py`, content: `mine = ${i}` }];
      if (i >= 20) upserts.push({ path: "shared.py", content: `shared = ${i}` });
      return { i, upserts, deletes: i === 0 ? ["gone.py"] : [] };
    });
    const answers = await Promise.all(
      saves.map((save) =>
        clients[save.i % clients.length]!.send("PATCH", `/api/projects/${project.id}/files`, {
          baseRevision: project.revision,
          upserts: save.upserts,
          deletes: save.deletes,
        }),
      ),
    );

    expect(answers.map((answer) => answer.status).filter((status) => status !== 200 && status !== 409), app.stderr()).toEqual([]);
    const accepted = saves.filter((_, n) => answers[n]!.status === 200);
    const refused = saves.filter((_, n) => answers[n]!.status === 409);
    expect(accepted.filter((save) => save.i < 20)).toHaveLength(20);
    expect(accepted.filter((save) => save.i >= 20)).toHaveLength(1);
    for (const n of answers.keys()) {
      if (answers[n]!.status === 409) expect(JSON.parse(answers[n]!.text).error).toMatchObject({ code: "conflict", files: ["shared.py"] });
    }

    const { revision, files } = await first.files(project.id);
    expect(revision).toBe(project.revision + accepted.length);
    const winner = accepted.find((save) => save.i >= 20)!;
    const expected = new Map<string, string>([["shared.py", `shared = ${winner.i}`]]);
    for (const save of accepted) expected.set(`own/${save.i}.py`, `mine = ${save.i}`);
    expect(Object.fromEntries(files)).toEqual(Object.fromEntries(expected));
    expect(refused.some((save) => files.has(`own/${save.i}.py`))).toBe(false);

    const after = await fingerprints.take();
    await fingerprints.close();
    expect(changedTables(before, after).filter((table) => !savedTables.includes(table))).toEqual([]);
  });
});
