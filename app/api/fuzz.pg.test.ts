import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { maxAuthBodyBytes } from "@/lib/server/auth/auth-body";
import { freePort, startAppProcess } from "@/test/support/app-process";
import type { AppProcess } from "@/test/support/app-process";
import { changedTables, openFingerprinter } from "@/test/support/database-fingerprint";
import type { Fingerprint } from "@/test/support/database-fingerprint";
import { listApiRoutes } from "@/test/support/fuzz/api-routes";
import { FuzzFixture } from "@/test/support/fuzz/fuzz-fixture";
import { requestPlans } from "@/test/support/fuzz/request-plans";
import type { RequestPlan } from "@/test/support/fuzz/request-plans";
import { closedWhileSending, sendHttp } from "@/test/support/http-client";
import { createThrowawayPg } from "@/test/support/test-databases";
import type { ThrowawayPg } from "@/test/support/test-databases";

const runs = Number(process.env.FUZZ_RUNS ?? 10_000);
// One seed by default, so that every run of the suite sends the same requests; FUZZ_SEED explores others.
const seed = Number(process.env.FUZZ_SEED ?? 20_261_207);
const batchSize = 4;

/**
 * Generated requests to every route under app/api, over HTTP to the built app on PostgreSQL: wrong types,
 * missing fields, huge and deeply nested bodies, Unicode, wrong methods and content types, signed in as
 * the owner or another user, signed out, or with a forged cookie.
 */
describe("every API route, fuzzed", () => {
  let database: ThrowawayPg;
  let app: AppProcess;
  let fixture: FuzzFixture;
  let fingerprints: Awaited<ReturnType<typeof openFingerprinter>>;
  const routes = listApiRoutes();

  beforeAll(async () => {
    database = await createThrowawayPg();
    // Limits high enough that the fixture can sign back in after a fuzzed sign-out; the limits are tested elsewhere.
    app = await startAppProcess({ port: await freePort(), databaseUrl: database.url, env: { SIGN_IN_LIMIT: "1000000/60", SIGN_UP_LIMIT: "1000000/60" } });
    fixture = new FuzzFixture(app);
    await fixture.setUp();
    fingerprints = await openFingerprinter(database.url);
  });
  afterAll(async () => {
    await fingerprints?.close();
    await app?.kill();
    await database?.drop();
  });

  test("finds the routes, auth and projects among them", () => {
    expect(routes.map((route) => route.template)).toEqual(
      expect.arrayContaining(["/api/auth/[...all]", "/api/health", "/api/projects", "/api/projects/[id]/files", "/api/projects/import"]),
    );
  });

  test(`${runs} generated requests: none gets a 5xx, and none that is refused changes the database`, async () => {
    const seen = new Map<string, number>();
    let checkedRefusals = 0;
    let before: Fingerprint = await fingerprints.take();
    // A few requests at a time keep the server busy; a batch whose requests were all refused must change nothing.
    const batches = fc.array(fc.oneof(...routes.map(requestPlans)), { minLength: batchSize, maxLength: batchSize });
    const property = fc.asyncProperty(batches, async (plans: RequestPlan[]) => {
      const answers = await Promise.all(
        plans.map(async (plan) => {
          const request = fixture.resolve(plan);
          // The auth routes' cap is the smallest: a connection closed on a body over it is a refusal, any other a failure.
          const response = await sendHttp(app.port, request, { bodyCap: maxAuthBodyBytes });
          const where = `${request.method} ${request.path.slice(0, 300)} → ${response.status} ${response.text.slice(0, 300)}`;
          expect(response.status, `${where}\n${app.stderr().slice(-3000)}`).toBeLessThan(500);
          const key = `${plan.route} ${response.status}`;
          seen.set(key, (seen.get(key) ?? 0) + 1);
          return { status: response.status, where };
        }),
      );
      const after = await fingerprints.take();
      const changed = changedTables(before, after);
      if (answers.every((answer) => answer.status === closedWhileSending || answer.status >= 300)) {
        expect(changed, answers.map((answer) => answer.where).join("\n")).toEqual([]);
        checkedRefusals += answers.length;
      } else if (changed.length > 0) {
        await fixture.restore();
        before = await fingerprints.take();
        return;
      }
      before = after;
    });
    await fc.assert(property, { numRuns: Math.ceil(runs / batchSize), seed, endOnFailure: true });

    expect(checkedRefusals).toBeGreaterThan(runs / 3);
    // The fuzzing reached past the checks into the handlers: every route answered something but 403, 404 and 405.
    const reached = routes.filter((route) => [...seen].some(([key]) => key.startsWith(`${route.template} `) && !/ (0|403|404|405)$/.test(key)));
    expect(reached.map((route) => route.template)).toEqual(routes.map((route) => route.template));
  }, 600_000);
});
