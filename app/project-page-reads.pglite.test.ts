import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { AppClient } from "@/test/support/app-client";
import { freePort, startAppProcess } from "@/test/support/app-process";
import type { AppProcess } from "@/test/support/app-process";
import { sendHttp } from "@/test/support/http-client";

/** The statements of a page view that read the project, by what they read (the others: sessions, BEGIN…). */
const kinds = {
  /** The project's row, looked up by its slug under the reader's filter. */
  projectLookups: /^SELECT "public"\."Project"\./,
  /** Its owner's name, its forks, its source, its latest version. */
  summaries: /FROM "Project" p JOIN "User" u/,
  draftFiles: /FROM "File" f JOIN "Blob" b/,
  versionFiles: /FROM "VersionFile" vf JOIN "Blob" b/,
};
type Tally = Record<keyof typeof kinds, number>;

/**
 * Page views of the built app, counted in the SQL it sends (QUERY_LOG): each view reads the project once,
 * however many parts of the page (its metadata, its render) need it, and only the files it shows. One of the
 * project lookups is the server's own, before Next renders: the isolation headers depend on the project.
 */
describe("a project page view reads the project once", () => {
  let folder: string;
  let log: string;
  let app: AppProcess;
  let owner: AppClient;
  let shared: { slug: string };
  let secret: { slug: string };
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "pysandbox-query-log-"));
    log = join(folder, "queries.log");
    app = await startAppProcess({ port: await freePort(), env: { QUERY_LOG: log } });
    ({ client: owner } = await AppClient.signUp(app));
    const files = [
      { path: "index.html", content: "<p>hi</p>" },
      { path: "main.py", content: "print('hi')" },
    ];
    const created = await owner.createProject("Shared", files, "public");
    expect((await owner.send("POST", `/api/projects/${created.id}/versions`, {})).status).toBe(201);
    shared = created;
    secret = await owner.createProject("Secret", files, "private");
  }, 240_000);
  afterAll(async () => {
    await app?.kill();
    await rm(folder, { recursive: true, force: true });
  });

  /** GETs `path` and tallies the statements the view sent, once its whole answer has arrived. */
  async function view(path: string, status: number, client?: AppClient): Promise<Tally> {
    const start = (await stat(log)).size;
    const response = await sendHttp(app.port, { method: "GET", path, headers: client ? { cookie: client.headers().cookie ?? "" } : {} });
    expect(response.status, path).toBe(status);
    const statements = (await readFile(log)).subarray(start).toString("utf8").split("\n").map((line) => line.trim());
    const tally = { projectLookups: 0, summaries: 0, draftFiles: 0, versionFiles: 0 };
    for (const statement of statements) {
      for (const [kind, pattern] of Object.entries(kinds)) if (pattern.test(statement)) tally[kind as keyof Tally] += 1;
    }
    return tally;
  }

  test("the editor and the read-only view: the project once, the draft's files once or the version's alone", async () => {
    expect(await view(`/p/${shared.slug}`, 200)).toEqual({ projectLookups: 2, summaries: 1, draftFiles: 1, versionFiles: 0 });
    expect(await view(`/p/${shared.slug}`, 200, owner)).toEqual({ projectLookups: 2, summaries: 1, draftFiles: 1, versionFiles: 0 });
    expect(await view(`/p/${shared.slug}?v=1`, 200)).toEqual({ projectLookups: 2, summaries: 1, draftFiles: 0, versionFiles: 1 });
  });

  test("someone else's private project: one lookup for the page, and nothing more, before its 404", async () => {
    expect(await view(`/p/${secret.slug}`, 404)).toEqual({ projectLookups: 2, summaries: 0, draftFiles: 0, versionFiles: 0 });
  });

  test("the embed: no files when it shows only the preview, else the draft's or the version's", async () => {
    expect(await view(`/embed/${shared.slug}?view=preview`, 200)).toEqual({ projectLookups: 2, summaries: 1, draftFiles: 0, versionFiles: 0 });
    expect(await view(`/embed/${shared.slug}`, 200)).toEqual({ projectLookups: 2, summaries: 1, draftFiles: 1, versionFiles: 0 });
    expect(await view(`/embed/${shared.slug}?v=1`, 200)).toEqual({ projectLookups: 2, summaries: 1, draftFiles: 0, versionFiles: 1 });
    expect(await view(`/embed/${shared.slug}?v=2&view=preview`, 404)).toEqual({ projectLookups: 2, summaries: 1, draftFiles: 0, versionFiles: 0 });
  });
});
