import { e2eServer } from "../server-config";
import { createProject } from "../support/projects";
import { requestWithLargeBody } from "./raw-http";
import { expect, readProject, test } from "./world";

/** The largest body any route takes (a whole project as base64, plus JSON), as lib/server/http/read-body.ts says. */
const maxBodyBytes = Math.ceil((10 * 1024 * 1024 * 4) / 3) + 1024 * 1024;
const authBodyBytes = 64 * 1024;

type Route = { method: string; path: string; type?: string; cap: number; readsBody: boolean };

function routes(id: string): Route[] {
  const json = "application/json";
  const auth = (path: string): Route => ({ method: "POST", path: `/api/auth/${path}`, type: json, cap: authBodyBytes, readsBody: true });
  const project = (method: string, path: string, type = json): Route => ({ method, path, type, cap: maxBodyBytes, readsBody: true });
  const bodiless = (method: string, path: string): Route => ({ method, path, cap: maxBodyBytes, readsBody: false });
  return [
    auth("sign-up/email"),
    auth("sign-in/email"),
    auth("sign-out"),
    auth("update-user"),
    auth("change-password"),
    auth("delete-user"),
    project("POST", "/api/projects"),
    project("POST", "/api/projects/import?title=big", "application/zip"),
    project("PATCH", `/api/projects/${id}`),
    project("PUT", `/api/projects/${id}/files`),
    project("PATCH", `/api/projects/${id}/files`),
    project("POST", `/api/projects/${id}/fork`),
    project("POST", `/api/projects/${id}/versions`),
    project("POST", `/api/projects/${id}/versions/1/restore`),
    bodiless("DELETE", `/api/projects/${id}`),
    bodiless("GET", `/api/projects/${id}`),
    bodiless("GET", "/api/projects"),
    bodiless("GET", `/api/projects/${id}/zip`),
    bodiless("GET", `/api/projects/${id}/versions`),
    bodiless("GET", `/api/projects/${id}/versions/1`),
    bodiless("GET", "/api/health"),
  ];
}

test("every API route, auth included, answers an oversized body with 413: a declared one before a byte of it is sent, a chunked one as it passes the cap", async ({ world }) => {
  const target = await createProject(world.owner.request, [{ path: "index.html", content: "<p>kept</p>" }]);
  const before = await readProject(world.owner.request, target.id);
  const cookie = (await world.owner.context.cookies(e2eServer.appOrigin)).map((c) => `${c.name}=${c.value}`).join("; ");
  for (const route of routes(target.id)) {
    const head =
      `${route.method} ${route.path} HTTP/1.1\r\nHost: localhost:${e2eServer.port}\r\ncookie: ${cookie}\r\n` +
      (route.type ? `content-type: ${route.type}\r\n` : "");
    const declared = await requestWithLargeBody(head, { declaredBytes: route.cap + 1, sendAtMost: 0 });
    expect(declared.status, `${route.method} ${route.path}, declared ${route.cap + 1} bytes`).toBe(413);
    if (!route.readsBody) continue;
    // Far more than the socket buffers hold, so an answer before the end means the server stopped reading.
    const sendAtMost = route.cap + 64 * 1024 * 1024;
    const chunked = await requestWithLargeBody(head, { declaredBytes: null, sendAtMost });
    expect(chunked.status, `${route.method} ${route.path}, chunked`).toBe(413);
    expect(chunked.sentBytes, `${route.method} ${route.path}: refused while the body was still arriving`).toBeLessThan(sendAtMost);
  }
  // Nothing was done on the way: the project the routes named is still there, unchanged.
  expect(await readProject(world.owner.request, target.id)).toEqual(before);
});
