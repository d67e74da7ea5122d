import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { ProjectId } from "../../lib/ids";
import type { Actor } from "../../lib/server/auth/actor";
import { anonymous } from "../../lib/server/auth/actor";
import { getDb } from "../../lib/server/db";
import { forkProject } from "../../lib/server/projects/forks";
import { findPreviewFile } from "../../lib/server/projects/preview-files";
import { createProject, deleteProject, getProject, listOwnProjects, updateProjectFiles, updateProjectSettings } from "../../lib/server/projects/queries";
import { saveFileChanges } from "../../lib/server/projects/save-changes";
import { createTestActor } from "./accounts";
import { openTestDatabase } from "./test-databases";
import type { DatabaseKind, TestDatabase } from "./test-databases";

const text = (path: string, content: string) => ({ path, content, encoding: "utf8" as const });

/** Forks at the query level, run against each database kind from its own test file. */
export function describeForks(kind: DatabaseKind): void {
  describe(`forks on ${kind}`, () => {
    let database: TestDatabase;
    let alice: Actor;
    let bob: Actor;
    beforeAll(async () => {
      database = await openTestDatabase(kind);
      alice = await createTestActor("Alice");
      bob = await createTestActor("Bob");
    });
    afterAll(() => database?.close());

    const contents = async (actor: Actor, id: ProjectId) =>
      Object.fromEntries((await getProject(actor, id)).files.map((file) => [file.path, file.content]));
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0xff]).toString("base64");
    const original = () =>
      createProject(alice, {
        title: "Original",
        visibility: "PUBLIC",
        isolated: false,
        files: [text("main.py", `print(${Math.random()})`), { path: "img/dot.png", content: png, encoding: "base64" }],
      });

    test("a fork is a new unlisted project of the forker: the source's files and isolation, its own address", async () => {
      const source = await original();
      const fork = await forkProject(bob, source.id);
      expect(fork).toMatchObject({
        title: "Original",
        visibility: "unlisted",
        isolated: false,
        editable: true,
        revision: 1,
        ownerName: "Bob",
        forkCount: 0,
        latestVersion: null,
        forkedFrom: { slug: source.slug, title: "Original", available: true },
      });
      expect(fork.slug).toMatch(/^original-[a-z0-9]{8}$/);
      expect(fork.slug).not.toBe(source.slug);
      expect(fork.previewOrigin).not.toBe(source.previewOrigin);
      expect(fork.files).toEqual(source.files);
      expect(Buffer.from((await findPreviewFile(fork.slug, "img/dot.png"))!.file!.content).toString("base64")).toBe(png);

      const named = await forkProject(bob, source.id, { title: "My copy" });
      expect(named).toMatchObject({ title: "My copy", forkedFrom: { slug: source.slug } });
      expect(named.slug).toMatch(/^my-copy-[a-z0-9]{8}$/);
      expect((await getProject(alice, source.id)).forkCount).toBe(2);
      const mine = await listOwnProjects(bob);
      expect(mine.filter((p) => p.forkedFrom?.slug === source.slug).map((p) => p.id).sort()).toEqual([fork.id, named.id].sort());
    });

    test("a fork copies rows, not bytes: every file of the source and its forks names the same blob", async () => {
      const source = await original();
      const forks = [await forkProject(bob, source.id), await forkProject(alice, source.id)];
      const blobsBefore = await getDb().blob.count();
      await forkProject(bob, forks[0]!.id);
      expect(await getDb().blob.count()).toBe(blobsBefore);
      const rows = await getDb().file.findMany({ where: { projectId: { in: [source.id, ...forks.map((f) => f.id)] } }, select: { hash: true } });
      expect(rows).toHaveLength(6);
      const hashes = [...new Set(rows.map((row) => row.hash))];
      expect(await getDb().blob.count({ where: { hash: { in: hashes } } })).toBe(2);
    });

    test("the fork and its source change independently", async () => {
      const source = await original();
      const before = await contents(alice, source.id);
      const fork = await forkProject(bob, source.id);
      await saveFileChanges(bob, fork.id, { baseRevision: 1, upserts: [text("main.py", "print('fork')")], deletes: ["img/dot.png"] });
      expect(await contents(alice, source.id)).toEqual(before);
      expect(await contents(bob, fork.id)).toEqual({ "main.py": "print('fork')" });

      await updateProjectFiles(alice, source.id, 1, [text("main.py", "print('source')"), text("new.py", "")]);
      expect(await contents(bob, fork.id)).toEqual({ "main.py": "print('fork')" });
      expect(await contents(alice, source.id)).toEqual({ "main.py": "print('source')", "new.py": "" });
      expect(Buffer.from((await findPreviewFile(fork.slug, "main.py"))!.file!.content).toString()).toBe("print('fork')");
      expect(Buffer.from((await findPreviewFile(source.slug, "main.py"))!.file!.content).toString()).toBe("print('source')");
    });

    test("a private project can be forked by its owner only; nobody signed out forks anything", async () => {
      const secret = await createProject(alice, { title: "Secret", visibility: "PRIVATE", files: [text("a.py", "1")] });
      await expect(forkProject(bob, secret.id)).rejects.toMatchObject({ code: "not_found", status: 404 });
      const own = await forkProject(alice, secret.id);
      expect(own).toMatchObject({ visibility: "unlisted", forkedFrom: { slug: secret.slug, title: "Secret", available: true } });
      const shared = await original();
      await expect(forkProject(anonymous, shared.id)).rejects.toMatchObject({ code: "unauthorized", status: 401 });
      expect((await getProject(alice, secret.id)).forkCount).toBe(1);
      expect((await getProject(alice, shared.id)).forkCount).toBe(0);
    });

    test("'forked from' outlives the source: after it is deleted the fork keeps its name, no longer available", async () => {
      const source = await original();
      const fork = await forkProject(bob, source.id);
      await deleteProject(alice, source.id);
      const kept = await getProject(bob, fork.id);
      expect(kept.forkedFrom).toEqual({ slug: source.slug, title: "Original", available: false });
      expect(kept.files).toEqual(source.files);
      const other = await forkProject(alice, fork.id);
      expect((await getProject(bob, fork.id)).forkCount).toBe(1);
      await deleteProject(alice, other.id);
      expect((await getProject(bob, fork.id)).forkCount).toBe(0);
    });

    test("a source made private shows others its name as forked, and its owner its current one", async () => {
      const source = await original();
      const fork = await forkProject(bob, source.id);
      await updateProjectSettings(alice, source.id, { title: "Renamed", visibility: "PRIVATE" });
      expect((await getProject(bob, fork.id)).forkedFrom).toEqual({ slug: source.slug, title: "Original", available: false });
      expect((await getProject(alice, fork.id)).forkedFrom).toEqual({ slug: source.slug, title: "Renamed", available: true });
    });
  });
}
