import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadConfig } from "@/lib/config";
import { signUpTestUser } from "@/test/support/accounts";
import type { TestUser } from "@/test/support/accounts";
import { openTestDatabase } from "@/test/support/test-databases";
import type { DatabaseKind, TestDatabase } from "@/test/support/test-databases";
import * as projectsRoute from "../../route";
import * as projectRoute from "../route";
import * as forkRoute from "./route";

const appOrigin = loadConfig().appOrigin;
const none = { params: Promise.resolve({}) };
const context = (id: string) => ({ params: Promise.resolve({ id }) });

/** POST /api/projects/:id/fork through the real route, with real sessions, on one kind of database. */
export function describeForkRoute(kind: DatabaseKind): void {
  describe(`POST /api/projects/:id/fork on ${kind}`, () => {
    let database: TestDatabase;
    let owner: TestUser;
    let other: TestUser;
    beforeAll(async () => {
      database = await openTestDatabase(kind);
      owner = await signUpTestUser("Owner");
      other = await signUpTestUser("Other");
    });
    afterAll(() => database?.close());

    function request(method: string, cookie: string, body?: unknown): Request {
      return new Request(`${appOrigin}/api/projects`, {
        method,
        headers: { "content-type": "application/json", origin: appOrigin, "sec-fetch-site": "same-origin", cookie },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    }
    async function create(visibility: "private" | "public"): Promise<{ id: string; slug: string }> {
      const body = { title: "Source", visibility, files: [{ path: "main.py", content: "x = 1" }] };
      return (await (await projectsRoute.POST(request("POST", owner.cookie, body), none)).json()).project;
    }
    const fork = (id: string, cookie: string, body: unknown = {}) => forkRoute.POST(request("POST", cookie, body), context(id));
    const error = async (response: Response) => ((await response.json()) as { error: { code: string; message: string } }).error;

    test("someone else's public project: 201 with the new project, theirs, pointing back at the source", async () => {
      const source = await create("public");
      const response = await fork(source.id, other.cookie, { title: "Mine now" });
      expect(response.status).toBe(201);
      const { project } = await response.json();
      expect(project).toMatchObject({
        title: "Mine now",
        visibility: "unlisted",
        editable: true,
        ownerName: "Other",
        forkedFrom: { slug: source.slug, title: "Source", available: true },
        files: [{ path: "main.py", content: "x = 1", encoding: "utf8", size: 5 }],
      });
      const seen = await (await projectRoute.GET(request("GET", owner.cookie), context(source.id))).json();
      expect(seen.project).toMatchObject({ forkCount: 1, forkedFrom: null, ownerName: "Owner" });
    });

    test("signed out: 401 before the body is read, even a body the schema refuses; someone else's private project: 404 as if it did not exist", async () => {
      const shared = await create("public");
      const signedOut = await fork(shared.id, "");
      expect(signedOut.status).toBe(401);
      expect((await error(signedOut)).code).toBe("unauthorized");
      const unread = await fork(shared.id, "", { title: 7 });
      expect(unread.status).toBe(401);
      expect(await error(unread)).toEqual({ code: "unauthorized", message: "Sign in first." });
      const secret = await create("private");
      const hidden = await fork(secret.id, other.cookie);
      expect(hidden.status).toBe(404);
      expect(await error(hidden)).toEqual({ code: "not_found", message: "No such project." });
      expect((await fork(secret.id, "")).status).toBe(404);
      expect((await fork("00000000-0000-4000-8000-000000000000", other.cookie)).status).toBe(404);
      expect((await fork(secret.id, owner.cookie)).status).toBe(201);
    });

    test("a bad title is a 400 that says why", async () => {
      const shared = await create("public");
      const response = await fork(shared.id, other.cookie, { title: "   " });
      expect(response.status).toBe(400);
      expect((await error(response)).message).toMatch(/title/);
    });
  });
}
