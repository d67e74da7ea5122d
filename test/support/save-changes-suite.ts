import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { limits } from "../../lib/config";
import type { ProjectId } from "../../lib/ids";
import type { Actor } from "../../lib/server/auth/actor";
import { createProject, getProject, updateProjectFiles } from "../../lib/server/projects/queries";
import { saveFileChanges } from "../../lib/server/projects/save-changes";
import type { FileChanges } from "../../lib/server/projects/save-changes";
import { createTestActor } from "./accounts";
import { openTestDatabase } from "./test-databases";
import type { DatabaseKind, TestDatabase } from "./test-databases";

const text = (path: string, content: string) => ({ path, content, encoding: "utf8" as const });

/** Merging saves (two editor tabs on one project), run against each database kind from its own test file. */
export function describeSaveChanges(kind: DatabaseKind): void {
  describe(`merging saves on ${kind}`, () => {
    let database: TestDatabase;
    let me: Actor;
    beforeAll(async () => {
      database = await openTestDatabase(kind);
      me = await createTestActor();
    });
    afterAll(() => database?.close());

    const twoFiles = () => createProject(me, { title: "Tabs", files: [text("a.py", "a1"), text("b.py", "b1")] });
    const save = (id: ProjectId, changes: Partial<FileChanges> & { baseRevision: number }) =>
      saveFileChanges(me, id, { upserts: [], deletes: [], ...changes });
    const rejection = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error);
    const contents = async (id: ProjectId) =>
      Object.fromEntries((await getProject(me, id)).files.map((file) => [file.path, file.content]));

    test("two tabs saving different files from the same revision are both accepted", async () => {
      const project = await twoFiles();
      const first = await save(project.id, { baseRevision: 1, upserts: [text("a.py", "a2")] });
      expect(first.revision).toBe(2);
      expect(first.project).toMatchObject({ id: project.id, slug: project.slug, revision: 2 });
      const second = await save(project.id, { baseRevision: 1, upserts: [text("b.py", "b2")] });
      expect(second.revision).toBe(3);
      expect(await contents(project.id)).toEqual({ "a.py": "a2", "b.py": "b2" });
    });

    test("two tabs saving the same file: the second is a conflict naming that file, and nothing of it is written", async () => {
      const project = await twoFiles();
      await save(project.id, { baseRevision: 1, upserts: [text("a.py", "mine")] });
      const error = await rejection(save(project.id, { baseRevision: 1, upserts: [text("a.py", "theirs"), text("b.py", "b2")] }));
      expect(error).toMatchObject({ code: "conflict", status: 409, details: { files: ["a.py"], revision: 2 } });
      expect(await contents(project.id)).toEqual({ "a.py": "mine", "b.py": "b1" });
      expect((await getProject(me, project.id)).revision).toBe(2);
    });

    test("a delete and an edit of the same file conflict, whichever comes first", async () => {
      const deletedFirst = await twoFiles();
      await save(deletedFirst.id, { baseRevision: 1, deletes: ["a.py"] });
      const edit = await rejection(save(deletedFirst.id, { baseRevision: 1, upserts: [text("a.py", "a2")] }));
      expect(edit).toMatchObject({ code: "conflict", details: { files: ["a.py"], revision: 2 } });
      expect(await contents(deletedFirst.id)).toEqual({ "b.py": "b1" });

      const editedFirst = await twoFiles();
      await save(editedFirst.id, { baseRevision: 1, upserts: [text("a.py", "a2")] });
      const deletion = await rejection(save(editedFirst.id, { baseRevision: 1, deletes: ["a.py"] }));
      expect(deletion).toMatchObject({ code: "conflict", details: { files: ["a.py"] } });
      expect(await contents(editedFirst.id)).toEqual({ "a.py": "a2", "b.py": "b1" });
    });

    test("a rename in one tab does not block a save of another file in the other", async () => {
      const project = await twoFiles();
      await save(project.id, { baseRevision: 1, deletes: ["a.py"], upserts: [text("c.py", "a1")] });
      const other = await save(project.id, { baseRevision: 1, upserts: [text("b.py", "b2")] });
      expect(other.revision).toBe(3);
      expect(await contents(project.id)).toEqual({ "b.py": "b2", "c.py": "a1" });
      // Creating the renamed file's new name from the old view is a conflict: the other tab made it.
      const clash = await rejection(save(project.id, { baseRevision: 1, upserts: [text("c.py", "mine")] }));
      expect(clash).toMatchObject({ code: "conflict", details: { files: ["c.py"], revision: 3 } });
    });

    test("saves arriving at once from one revision, on different files, are all accepted", async () => {
      const project = await createProject(me, { title: "Burst", files: ["a", "b", "c", "d"].map((n) => text(`${n}.py`, "1")) });
      const saves = ["a", "b", "c", "d"].map((n) => save(project.id, { baseRevision: 1, upserts: [text(`${n}.py`, "2")] }));
      expect((await Promise.all(saves)).map((saved) => saved.revision).sort()).toEqual([2, 3, 4, 5]);
      expect(Object.values(await contents(project.id))).toEqual(["2", "2", "2", "2"]);
    });

    test("a path deleted and written again counts from its new write", async () => {
      const project = await twoFiles();
      await save(project.id, { baseRevision: 1, deletes: ["a.py"] });
      await save(project.id, { baseRevision: 2, upserts: [text("a.py", "again")] });
      expect((await save(project.id, { baseRevision: 3, upserts: [text("a.py", "edited")] })).revision).toBe(4);
    });

    test("a full replace records only the files it changed", async () => {
      const project = await twoFiles();
      await updateProjectFiles(me, project.id, 1, [text("a.py", "a1"), text("b.py", "b2")]);
      // a.py was sent unchanged: a tab still at revision 1 may save it.
      expect((await save(project.id, { baseRevision: 1, upserts: [text("a.py", "a2")] })).revision).toBe(3);
      const error = await rejection(save(project.id, { baseRevision: 1, upserts: [text("b.py", "mine")] }));
      expect(error).toMatchObject({ code: "conflict", details: { files: ["b.py"] } });
      await updateProjectFiles(me, project.id, 3, [text("a.py", "a2")]);
      const deleted = await rejection(save(project.id, { baseRevision: 3, upserts: [text("b.py", "mine")] }));
      expect(deleted).toMatchObject({ code: "conflict", details: { files: ["b.py"], revision: 4 } });
    });

    test("the caps apply to the project after merging, and mistakes are 4xx", async () => {
      const full = await createProject(me, {
        title: "Full",
        files: Array.from({ length: limits.projectFiles }, (_, i) => text(`f${i}.py`, "")),
      });
      const over = await rejection(save(full.id, { baseRevision: 1, upserts: [text("one-more.py", "")] }));
      expect(over).toMatchObject({ code: "payload_too_large", status: 413 });
      expect((await save(full.id, { baseRevision: 1, deletes: ["f0.py"], upserts: [text("one-more.py", "")] })).revision).toBe(2);

      const project = await twoFiles();
      await expect(save(project.id, { baseRevision: 2, upserts: [text("a.py", "x")] })).rejects.toMatchObject({ code: "bad_request" });
      const unknown = "00000000-0000-4000-8000-000000000000" as ProjectId;
      await expect(save(unknown, { baseRevision: 1, upserts: [text("a.py", "x")] })).rejects.toMatchObject({ code: "not_found" });
      expect((await getProject(me, project.id)).revision).toBe(1);
    });
  });
}
