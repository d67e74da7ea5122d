import { describe, expect, test } from "vitest";
import type { WorkbenchFile } from "./files";
import { createWorkbenchStore } from "./store";
import type { SaveRequest, SaveResult, WorkbenchTransport } from "./transport";

const text = (path: string, content: string): WorkbenchFile => ({ path, content, encoding: "utf8" });

/**
 * The server's merge rule in memory: a save is accepted unless one of the files it touches changed after
 * its base revision. Two stores on one of these are two browser tabs on one project.
 */
function memoryServer(files: WorkbenchFile[]) {
  let revision = 1;
  const current = new Map(files.map((f) => [f.path, f]));
  const changedAt = new Map(files.map((f) => [f.path, 1]));
  const saves: SaveRequest[] = [];
  const transport: WorkbenchTransport = {
    async saveFiles(request): Promise<SaveResult> {
      saves.push(request);
      const touched = [...request.upserts.map((f) => f.path), ...request.deletes];
      const clashing = touched.filter((path) => (changedAt.get(path) ?? 0) > request.baseRevision);
      if (clashing.length > 0) return { ok: false, conflict: { files: clashing, revision, message: "changed" } };
      revision += 1;
      for (const file of request.upserts) current.set(file.path, file), changedAt.set(file.path, revision);
      for (const path of request.deletes) current.delete(path), changedAt.set(path, revision);
      return { ok: true, revision };
    },
    loadFiles: async () => ({ revision, files: [...current.values()] }),
  };
  const open = () => createWorkbenchStore({ revision, files: [...current.values()] }, transport, "main.py");
  return { open, saves, transport, file: (path: string) => current.get(path)?.content };
}

const project = () => memoryServer([text("index.html", "<h1>hi</h1>"), text("main.py", "print(1)"), text("util.py", "x = 1")]);

describe("dirty tracking and saving", () => {
  test("an edit marks its file dirty; saving sends only that file with the base revision and clears the mark", async () => {
    const server = project();
    const tab = server.open();
    tab.edit("main.py", "print(2)");
    expect([...tab.getState().dirty]).toEqual(["main.py"]);
    expect(await tab.save()).toBe(true);
    expect(server.saves).toEqual([{ baseRevision: 1, upserts: [text("main.py", "print(2)")], deletes: [] }]);
    expect(tab.getState()).toMatchObject({ revision: 2, saving: false });
    expect(tab.getState().dirty.size).toBe(0);
    expect(server.file("main.py")).toBe("print(2)");
  });

  test("typing during a save stays dirty and goes out in the next save, based on the new revision", async () => {
    const server = project();
    const tab = server.open();
    tab.edit("main.py", "print(2)");
    const first = tab.save();
    tab.edit("main.py", "print(3)");
    const second = tab.save();
    expect(await first).toBe(true);
    expect([...tab.getState().dirty]).toEqual(["main.py"]);
    expect(await second).toBe(true);
    expect(server.saves.map((s) => [s.baseRevision, s.upserts[0]?.content])).toEqual([[1, "print(2)"], [2, "print(3)"]]);
    expect(tab.getState().dirty.size).toBe(0);
  });

  test("nothing changed: a save sends nothing", async () => {
    const server = project();
    expect(await server.open().save()).toBe(true);
    expect(server.saves).toEqual([]);
  });
});

describe("two tabs", () => {
  test("a rename in one tab does not block a save of another file in the other, which then sees the rename", async () => {
    const server = project();
    const [a, b] = [server.open(), server.open()];
    a.rename("util.py", "helpers.py");
    expect(await a.save()).toBe(true);
    b.edit("main.py", "print('b')");
    expect(await b.save()).toBe(true);
    expect(server.file("main.py")).toBe("print('b')");
    expect([...b.getState().current.keys()].sort()).toEqual(["helpers.py", "index.html", "main.py"]);
    expect(b.getState().dirty.size).toBe(0);
  });

  test("both edit one file: the second save is a conflict that keeps the text; reload keeps it as a copy", async () => {
    const server = project();
    const [a, b] = [server.open(), server.open()];
    a.edit("main.py", "print('a')");
    await a.save();
    b.edit("main.py", "print('b')");
    expect(await b.save()).toBe(false);
    expect(b.getState().conflict).toMatchObject({ files: ["main.py"], revision: 2 });
    expect(b.getState().current.get("main.py")?.content).toBe("print('b')");
    expect(await b.save()).toBe(false);
    expect(server.saves).toHaveLength(2);

    await b.reload();
    const state = b.getState();
    expect(state.conflict).toBeNull();
    expect(state.current.get("main.py")?.content).toBe("print('a')");
    expect(state.current.get("main (mine).py")?.content).toBe("print('b')");
    expect([...state.dirty]).toEqual(["main (mine).py"]);
    expect(state.tabs.active).toBe("main (mine).py");
  });

  test("overwrite saves the person's text over the other tab's", async () => {
    const server = project();
    const [a, b] = [server.open(), server.open()];
    a.edit("main.py", "print('a')");
    await a.save();
    b.edit("main.py", "print('b')");
    await b.save();
    expect(await b.overwrite()).toBe(true);
    expect(server.file("main.py")).toBe("print('b')");
    expect(b.getState()).toMatchObject({ conflict: null, revision: 3 });
    expect(b.getState().dirty.size).toBe(0);
  });

  test("a save that skips revisions catches up; a file the other tab changed while ours was being typed is kept as a copy", async () => {
    const server = project();
    const [a, b] = [server.open(), server.open()];
    a.edit("util.py", "x = 'a'");
    await a.save();
    b.edit("main.py", "print('b')");
    const saving = b.save();
    b.edit("util.py", "x = 'b'");
    expect(await saving).toBe(true);
    const state = b.getState();
    expect(state.revision).toBe(3);
    expect(state.current.get("main.py")?.content).toBe("print('b')");
    expect(state.current.get("util.py")?.content).toBe("x = 'a'");
    expect(state.current.get("util (mine).py")?.content).toBe("x = 'b'");
    expect([...state.dirty]).toEqual(["util (mine).py"]);
  });
});

test("a network failure is reported and the edit stays dirty", async () => {
  const server = project();
  const tab = createWorkbenchStore({ revision: 1, files: [text("main.py", "")] }, {
    saveFiles: () => Promise.reject(new Error("offline")),
    loadFiles: server.transport.loadFiles,
  });
  tab.edit("main.py", "print(1)");
  expect(await tab.save()).toBe(false);
  expect(tab.getState().error).toBe("offline");
  expect([...tab.getState().dirty]).toEqual(["main.py"]);
});

test("a restored draft replaces every file, keeps the tabs that still exist and leaves nothing dirty", () => {
  const server = project();
  const tab = server.open();
  tab.open("util.py");
  tab.replaceAll({ revision: 7, files: [text("main.py", "print('v1')"), text("extra.py", "")] });
  const state = tab.getState();
  expect([...state.current.keys()]).toEqual(["main.py", "extra.py"]);
  expect(state.current.get("main.py")?.content).toBe("print('v1')");
  expect(state.tabs.open).toEqual(["main.py"]);
  expect(state).toMatchObject({ revision: 7, conflict: null });
  expect(state.dirty.size).toBe(0);
});
