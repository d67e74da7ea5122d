import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { AppClient } from "@/test/support/app-client";
import { freePort, startAppProcess } from "@/test/support/app-process";
import type { AppProcess } from "@/test/support/app-process";
import { sendHttp } from "@/test/support/http-client";
import { createThrowawayPg } from "@/test/support/test-databases";
import type { ThrowawayPg } from "@/test/support/test-databases";

/** Two app processes on one PostgreSQL, as a load balancer would have them: a person may reach either. */
describe("two app instances on one PostgreSQL", () => {
  let database: ThrowawayPg;
  let one: AppProcess;
  let two: AppProcess;
  beforeAll(async () => {
    database = await createThrowawayPg();
    const env = { SIGN_IN_LIMIT: "3/60" };
    const start = async () => startAppProcess({ port: await freePort(), databaseUrl: database.url, env });
    [one, two] = await Promise.all([start(), start()]);
  }, 240_000);
  afterAll(async () => {
    await Promise.all([one?.kill(), two?.kill()]);
    await database?.drop();
  });

  const previewGet = (app: AppProcess, slug: string, path: string) =>
    sendHttp(app.port, { method: "GET", path, headers: { host: new URL(app.previewOrigin(slug)).host } });

  test("a sign-in on one is a session on the other; a save through one is what the other serves first, in the API and the preview", async () => {
    const { client: onOne } = await AppClient.signUp(one);
    const onTwo = onOne.on(two);
    const session = await onTwo.send("GET", "/api/auth/get-session");
    expect(JSON.parse(session.text)).toMatchObject({ user: { id: expect.any(String) } });

    const project = await onOne.createProject("Shared", [{ path: "main.py", content: "print('v1')" }], "public");
    // The second instance has the file cached before the save: its cache starts on its first preview request
    // and stores only once its change feed listens.
    await previewGet(two, project.slug, "/main.py");
    await expect.poll(async () => JSON.parse((await sendHttp(two.port, { method: "GET", path: "/api/health" })).text).previewCache).toBe("live");
    expect((await previewGet(two, project.slug, "/main.py")).text).toBe("print('v1')");
    expect((await onTwo.files(project.id)).files.get("main.py")).toBe("print('v1')");

    const saved = await onOne.send("PATCH", `/api/projects/${project.id}/files`, {
      baseRevision: project.revision,
      upserts: [{ path: "main.py", content: "print('v2')" }],
      deletes: [],
    });
    expect(saved.status).toBe(200);
    expect((await previewGet(two, project.slug, "/main.py")).text).toBe("print('v2')");
    expect((await onTwo.files(project.id)).files.get("main.py")).toBe("print('v2')");
  });

  test("sign-in attempts count across both instances", async () => {
    const { email } = await AppClient.signUp(one);
    const attempt = async (app: AppProcess) => (await AppClient.signIn(app, email, "not-the-password")).response.status;
    // SIGN_IN_LIMIT is 3 per minute per client address: two tries on one and one on the other use it up.
    expect([await attempt(one), await attempt(one), await attempt(two)]).toEqual([401, 401, 401]);
    expect(await attempt(two)).toBe(429);
    expect(await attempt(one)).toBe(429);
  });
});
