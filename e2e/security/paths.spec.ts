import { e2eServer } from "../server-config";
import { createProject } from "../support/projects";
import { rawRequest } from "./raw-http";
import { expect, readProject, secretMarker, test } from "./world";

/** File names that try to leave the project or mean something else than they show: refused on every write. */
const hostilePaths: [string, string][] = [
  ["parent segment", "../escape.py"],
  ["parent inside a folder", "lib/../../escape.py"],
  ["dot segment", "./main.py"],
  ["empty segment", "lib//main.py"],
  ["absolute", "/etc/passwd"],
  ["backslash", "lib\\..\\..\\escape.py"],
  ["NUL", "main.py\u0000.html"],
  ["newline", "main.py\nindex.html"],
  ["over-long name", `${"a".repeat(256)}.py`],
  ["over-long path", `${"d/".repeat(128)}x.py`],
];

/**
 * Names that break the computer a zip is unpacked on, or hide what they are: refused when a file gets them. A
 * delete may still name them, so a file stored before these rules can be removed.
 */
const unportablePaths: [string, string][] = [
  ["drive letter", "C:/Windows/win.ini"],
  ["reserved device name", "CON"],
  ["reserved device name with extension", "lib/nul.txt"],
  ["reserved device name as a folder", "com1/main.py"],
  ["fullwidth dots", "\uff0e\uff0e/escape.py"],
  ["two-dot leader", "\u2025/escape.py"],
  ["fullwidth solidus", "lib\uff0f..\uff0fescape.py"],
  ["fullwidth reverse solidus", "lib\uff3c..\uff3cescape.py"],
  ["right-to-left override", "evil\u202etxt.py"],
];

test("hostile file paths are refused with 400 on every write: create, replace, save, and delete unless it names a possible old file; nothing is stored", async ({ world }) => {
  const request = world.owner.request;
  const target = await createProject(request, [{ path: "index.html", content: "<p>kept</p>" }]);
  const before = await readProject(request, target.id);
  for (const [attack, path] of [...hostilePaths, ...unportablePaths]) {
    const file = { path, content: "x" };
    const writes = [
      ["create", () => request.post("/api/projects", { data: { title: "paths", files: [file] } })],
      ["replace", () => request.put(`/api/projects/${target.id}/files`, { data: { revision: before.revision, files: [file] } })],
      ["save", () => request.patch(`/api/projects/${target.id}/files`, { data: { baseRevision: before.revision, upserts: [file], deletes: [] } })],
      ...(unportablePaths.some(([, unportable]) => unportable === path)
        ? []
        : ([["delete", () => request.patch(`/api/projects/${target.id}/files`, { data: { baseRevision: before.revision, upserts: [], deletes: [path] } })]] as const)),
    ] as const;
    for (const [write, send] of writes) {
      const response = await send();
      expect(response.status(), `${attack} (${JSON.stringify(path)}): ${write}`).toBe(400);
    }
  }
  expect(await readProject(request, target.id)).toEqual(before);
  const { projects } = await (await request.get("/api/projects")).json();
  expect(projects.filter((p: { title: string }) => p.title === "paths")).toEqual([]);
});

/** Request targets no browser would send as they are, read from a project's preview host over a raw socket. */
const hostileTargets = [
  "/../../../../etc/passwd",
  "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
  "/..%2f..%2f..%2fetc%2fpasswd",
  "/%5c..%5c..%5cetc%5cpasswd",
  "/\\..\\..\\etc\\passwd",
  "//etc/passwd",
  "/C:/Windows/win.ini",
  "/index.html%00.txt",
  "/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
  "/_runtime/../../package.json",
  "/_runtime/%2e%2e/%2e%2e/package.json",
  "/_runtime/..%2f..%2fpackage.json",
  "/v/1/../../../package.json",
  `/${"a/".repeat(4000)}x`,
];

test("raw request lines on a preview host never reach a server file or another project: 4xx for each", async ({ world }) => {
  const hostile = new URL(world.hostile.url).host;
  const secretHost = `${world.secret.slug}.preview.localhost:${e2eServer.port}`;
  const cases: [string, string][] = [
    ...hostileTargets.map((target) => [`Host: ${hostile}`, target] as [string, string]),
    ...hostileTargets.map((target) => [`Host: runtime.preview.localhost:${e2eServer.port}`, target] as [string, string]),
    // Absolute-form targets name another host than the Host header: the private project's, the app's.
    [`Host: ${hostile}`, `http://${new URL(world.secret.url).host}/index.html`],
    [`Host: ${hostile}`, `http://${secretHost}/index.html`],
    // A private project's slug host, in any letter case or with a trailing dot.
    [`Host: ${secretHost}`, "/index.html"],
    [`Host: ${secretHost.toUpperCase()}`, "/"],
    [`Host: ${world.secret.slug}.preview.localhost.:${e2eServer.port}`, "/index.html"],
  ];
  for (const [host, target] of cases) {
    const response = await rawRequest(`GET ${target} HTTP/1.1\r\n${host}\r\nConnection: close\r\n\r\n`);
    const what = `${host} GET ${target.slice(0, 80)}`;
    expect(response.status, what).toBeGreaterThanOrEqual(400);
    expect(response.status, what).toBeLessThan(500);
    expect(response.body, what).not.toContain("root:x:0:0");
    expect(response.body, what).not.toContain('"dependencies"');
    expect(response.body, what).not.toContain(secretMarker);
  }
});
