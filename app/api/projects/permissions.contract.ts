import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadConfig } from "@/lib/config";
import { openTestDatabase } from "@/test/support/test-databases";
import type { DatabaseKind, TestDatabase } from "@/test/support/test-databases";
import { signUpTestUser } from "@/test/support/accounts";
import type { TestUser } from "@/test/support/accounts";
import * as filesRoute from "./[id]/files/route";
import * as projectRoute from "./[id]/route";
import * as projectsRoute from "./route";

type Who = "owner" | "other user" | "signed out";
type Visibility = "private" | "unlisted" | "public";
type Action = "read" | "write files" | "change settings" | "delete";

const appOrigin = loadConfig().appOrigin;

/** What each actor gets for each action: the owner anything; others read shared projects only; private is 404. */
const expected: Record<Who, Record<Visibility, Record<Action, number>>> = {
  owner: {
    private: { read: 200, "write files": 200, "change settings": 200, delete: 204 },
    unlisted: { read: 200, "write files": 200, "change settings": 200, delete: 204 },
    public: { read: 200, "write files": 200, "change settings": 200, delete: 204 },
  },
  "other user": {
    private: { read: 404, "write files": 404, "change settings": 404, delete: 404 },
    unlisted: { read: 200, "write files": 403, "change settings": 403, delete: 403 },
    public: { read: 200, "write files": 403, "change settings": 403, delete: 403 },
  },
  "signed out": {
    private: { read: 404, "write files": 404, "change settings": 404, delete: 404 },
    unlisted: { read: 200, "write files": 401, "change settings": 401, delete: 401 },
    public: { read: 200, "write files": 401, "change settings": 401, delete: 401 },
  },
};

const cells = (Object.keys(expected) as Who[]).flatMap((who) =>
  (Object.keys(expected[who]) as Visibility[]).flatMap((visibility) =>
    (Object.keys(expected[who][visibility]) as Action[]).map((action) => ({ who, visibility, action, status: expected[who][visibility][action] })),
  ),
);

/** The permission matrix through the real routes, with real better-auth sessions, on one kind of database. */
export function describePermissionMatrix(kind: DatabaseKind): void {
  describe(`permissions on ${kind}`, () => {
    let database: TestDatabase;
    let owner: TestUser;
    let other: TestUser;
    beforeAll(async () => {
      database = await openTestDatabase(kind);
      owner = await signUpTestUser("Owner");
      other = await signUpTestUser("Other");
    });
    afterAll(() => database?.close());

    const cookieOf = (who: Who): string => (who === "owner" ? owner.cookie : who === "other user" ? other.cookie : "");

    function request(method: string, cookie: string, body?: unknown): Request {
      return new Request(`${appOrigin}/api/projects`, {
        method,
        headers: { "content-type": "application/json", origin: appOrigin, "sec-fetch-site": "same-origin", cookie },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    }

    async function createAs(visibility: Visibility): Promise<{ id: string; revision: number }> {
      const response = await projectsRoute.POST(
        request("POST", owner.cookie, { title: `${visibility} project`, visibility, files: [{ path: "main.py", content: "x = 1" }] }),
        { params: Promise.resolve({}) },
      );
      expect(response.status).toBe(201);
      return (await response.json()).project;
    }

    function perform(action: Action, cookie: string, project: { id: string; revision: number }): Promise<Response> {
      const context = { params: Promise.resolve({ id: project.id }) };
      switch (action) {
        case "read":
          return projectRoute.GET(request("GET", cookie), context);
        case "write files":
          return filesRoute.PUT(request("PUT", cookie, { revision: project.revision, files: [{ path: "main.py", content: "x = 2" }] }), context);
        case "change settings":
          return projectRoute.PATCH(request("PATCH", cookie, { title: "Renamed" }), context);
        case "delete":
          return projectRoute.DELETE(request("DELETE", cookie), context);
      }
    }

    test.each(cells)("$who may $action a $visibility project: $status", async ({ who, visibility, action, status }) => {
      const project = await createAs(visibility);
      const response = await perform(action, cookieOf(who), project);
      expect(response.status).toBe(status);
      // A refused write changed nothing; the owner still sees the project as it was.
      if (status >= 400) {
        const seen = await (await perform("read", owner.cookie, project)).json();
        expect(seen.project).toMatchObject({ title: `${visibility} project`, revision: project.revision });
        expect(seen.project.files[0].content).toBe("x = 1");
      }
      if (status === 404) {
        const body = await response.json();
        expect(body.error).toEqual({ code: "not_found", message: "No such project." });
      }
    });

    test("the list of projects is each user's own, and empty when signed out", async () => {
      const mine = await createAs("public");
      const list = async (cookie: string) =>
        ((await (await projectsRoute.GET(request("GET", cookie), { params: Promise.resolve({}) })).json()).projects as { id: string }[]).map((p) => p.id);
      expect(await list(owner.cookie)).toContain(mine.id);
      expect(await list(other.cookie)).not.toContain(mine.id);
      expect(await list("")).toEqual([]);
    });
  });
}
