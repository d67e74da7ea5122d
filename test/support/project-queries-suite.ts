import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { limits } from "../../lib/config";
import { AppError } from "../../lib/errors";
import type { ProjectId, ProjectSlug } from "../../lib/ids";
import { getDb } from "../../lib/server/db";
import { openTestDatabase } from "./test-databases";
import type { DatabaseKind, TestDatabase } from "./test-databases";
import { findPreviewFile } from "../../lib/server/projects/preview-files";
import { createTestActor } from "./accounts";
import type { Actor } from "../../lib/server/auth/actor";
import { anonymous } from "../../lib/server/auth/actor";
import { examplesActor } from "../../lib/server/projects/examples-owner";
import {
  createProject,
  deleteProject,
  getProject,
  listOwnProjects,
  summarySelect,
  updateProjectFiles,
  updateProjectSettings,
} from "../../lib/server/projects/queries";
import { summarize, summarizeOne } from "../../lib/server/projects/summaries";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const text = (path: string, content: string) => ({ path, content, encoding: "utf8" as const });

/** One suite, run against each database kind from its own test file (one database per process). */
export function describeProjectQueries(kind: DatabaseKind): void {
  describe(`project queries on ${kind}`, () => {
    let database: TestDatabase;
    let me: Actor;
    beforeAll(async () => {
      database = await openTestDatabase(kind);
      me = await createTestActor();
    });
    afterAll(() => database?.close());

    test("a fresh database has the public demo project, with an index.html running PyScript", async () => {
      const hello = (await listOwnProjects(await examplesActor())).find((p) => p.slug === "hello");
      expect(hello).toMatchObject({ visibility: "public" });
      const project = await getProject(anonymous, hello!.id);
      const index = project.files.find((f) => f.path === "index.html");
      expect(index?.content).toContain('src="https://pyscript.net/releases/2024.8.1/core.js"');
      expect(index?.content).toContain('<script type="py"');
      expect(project.files.map((f) => f.path)).toContain("main.py");
    });

    test("create derives a DNS-label slug with a random part and lists the project for its owner only", async () => {
      const first = await createProject(me, { title: "Ünïcode & Spaces!", files: [] });
      const second = await createProject(me, { title: "Ünïcode & Spaces!", files: [] });
      expect(first.slug).toMatch(/^unicode-spaces-[a-z0-9]{8}$/);
      expect(second.slug).toMatch(/^unicode-spaces-[a-z0-9]{8}$/);
      expect(second.slug).not.toBe(first.slug);
      expect(first.revision).toBe(1);
      const slugs = (await listOwnProjects(me)).map((p) => p.slug);
      expect(slugs).toEqual(expect.arrayContaining([first.slug, second.slug]));
      const someoneElse = (await listOwnProjects(await createTestActor())).map((p) => p.slug);
      expect(someoneElse).not.toContain(first.slug);
      expect(await listOwnProjects(anonymous)).toEqual([]);
    });

    test("every address ends in a random part, a chosen prefix's too: the platform's hosts stay out of reach", async () => {
      for (const prefix of ["runtime", "p", "bank-login"]) {
        const { slug } = await createProject(me, { title: "Mine", slugPrefix: prefix as ProjectSlug, files: [] });
        expect(slug).toMatch(new RegExp(`^${prefix}-[0-9a-z]{8}$`));
      }
    });

    test("a signed-out visitor cannot create a project", async () => {
      await expect(createProject(anonymous, { title: "Nobody's", files: [] })).rejects.toMatchObject({ code: "unauthorized" });
    });

    test("files round-trip as bytes: text as utf8, binary as base64", async () => {
      const binary = Buffer.from([0, 0xff, 0xfe, 0x80, 1]).toString("base64");
      const project = await createProject(me, {
        title: "Bytes",
        files: [
          { path: "main.py", content: "print('héllo')\n", encoding: "utf8" },
          { path: "img/dot.bin", content: binary, encoding: "base64" },
        ],
      });
      const loaded = await getProject(me, project.id);
      expect(loaded.files).toEqual([
        { path: "img/dot.bin", content: binary, encoding: "base64", size: 5 },
        { path: "main.py", content: "print('héllo')\n", encoding: "utf8", size: 16 },
      ]);
      const served = await findPreviewFile(project.slug, "img/dot.bin");
      expect(Buffer.from(served!.file!.content)).toEqual(Buffer.from(binary, "base64"));
    });

    test("updating files bumps the revision; a stale revision is a conflict carrying the current one", async () => {
      const project = await createProject(me, { title: "Revisions", files: [{ path: "a.py", content: "1", encoding: "utf8" }] });
      const updated = await updateProjectFiles(me, project.id, 1, [{ path: "b.py", content: "2", encoding: "utf8" }]);
      expect(updated.revision).toBe(2);
      const stale = await updateProjectFiles(me, project.id, 1, []).catch((e: unknown) => e);
      expect(stale).toBeInstanceOf(AppError);
      expect(stale).toMatchObject({ code: "conflict", status: 409, details: { currentRevision: 2 } });
      const loaded = await getProject(me, project.id);
      expect(loaded.files.map((f) => f.path)).toEqual(["b.py"]);
      expect(loaded.revision).toBe(2);
    });

    test("two writers from the same revision: exactly one wins", async () => {
      const project = await createProject(me, { title: "Race", files: [] });
      const write = (content: string) =>
        updateProjectFiles(me, project.id, 1, [{ path: "main.py", content, encoding: "utf8" }]).then(
          () => "ok",
          (e: AppError) => e.code,
        );
      expect((await Promise.all([write("one"), write("two")])).sort()).toEqual(["conflict", "ok"]);
    });

    test("rename and the isolation switch are writes too", async () => {
      const project = await createProject(me, { title: "Before", files: [] });
      const renamed = await updateProjectSettings(me, project.id, { title: "After" }, 1);
      expect(renamed).toMatchObject({ title: "After", slug: project.slug, revision: 2 });
      const open = await updateProjectSettings(me, project.id, { isolated: false });
      expect(open).toMatchObject({ isolated: false, revision: 3 });
      expect((await findPreviewFile(project.slug, "index.html"))?.isolated).toBe(false);
      await expect(updateProjectSettings(me, project.id, { title: "x" }, 2)).rejects.toMatchObject({ code: "conflict" });
    });

    test("size caps are payload_too_large", async () => {
      const big = "x".repeat(limits.fileBytes + 1);
      await expect(
        createProject(me, { title: "Big", files: [{ path: "big.txt", content: big, encoding: "utf8" }] }),
      ).rejects.toMatchObject({ code: "payload_too_large", status: 413 });
      const many = Array.from({ length: limits.projectFiles + 1 }, (_, i) => ({
        path: `f${i}.py`,
        content: "",
        encoding: "utf8" as const,
      }));
      await expect(createProject(me, { title: "Many", files: many })).rejects.toMatchObject({ code: "payload_too_large" });
    });

    test("delete cascades to files and versions; unknown ids are not_found", async () => {
      const project = await createProject(me, { title: "Doomed", files: [{ path: "a.py", content: "1", encoding: "utf8" }] });
      await getDb().version.create({
        data: { projectId: project.id, number: 1, authorName: "Tester", files: { create: [{ path: "a.py", hash: sha256("1") }] } },
      });
      expect((await getProject(me, project.id)).latestVersion).toBe(1);
      await deleteProject(me, project.id);
      expect(await getDb().file.count({ where: { projectId: project.id } })).toBe(0);
      expect(await getDb().version.count({ where: { projectId: project.id } })).toBe(0);
      expect(await getDb().versionFile.count({ where: { version: { projectId: project.id } } })).toBe(0);
      expect(await findPreviewFile(project.slug, "a.py")).toBeNull();
      await expect(getProject(me, project.id)).rejects.toMatchObject({ code: "not_found", status: 404 });
      await expect(deleteProject(me, project.id)).rejects.toMatchObject({ code: "not_found" });
      const unknown = "00000000-0000-4000-8000-000000000000" as ProjectId;
      await expect(updateProjectFiles(me, unknown, 1, [])).rejects.toMatchObject({ code: "not_found" });
    });

    test("a project deleted between the read of its row and its summary is not found, and left out of a list", async () => {
      const project = await createProject(me, { title: "Going", files: [] });
      const row = await getDb().project.findUniqueOrThrow({ where: { id: project.id }, select: summarySelect });
      await deleteProject(me, project.id);
      await expect(summarizeOne(getDb(), me, row)).rejects.toMatchObject({ code: "not_found", status: 404 });
      expect(await summarize(getDb(), me, [row])).toEqual([]);
    });

    test("a summary names the owner and says it was never forked nor published", async () => {
      const project = await createProject(me, { title: "Fresh", files: [] });
      expect(project).toMatchObject({ ownerName: "Query Tester", forkCount: 0, forkedFrom: null, latestVersion: null });
      await getDb().version.createMany({ data: [1, 3, 2].map((number) => ({ projectId: project.id, number, authorName: "Tester" })) });
      const [listed] = (await listOwnProjects(me)).filter((p) => p.id === project.id);
      expect(listed).toMatchObject({ latestVersion: 3 });
    });

    test("the same bytes in two projects are stored once", async () => {
      const content = `shared ${Math.random()}`;
      const first = await createProject(me, { title: "One", files: [text("a.py", content)] });
      await createProject(await createTestActor(), { title: "Two", files: [text("lib/b.py", content)] });
      expect(await getDb().blob.count({ where: { hash: sha256(content) } })).toBe(1);
      expect(await getDb().file.count({ where: { hash: sha256(content) } })).toBe(2);
      expect((await getProject(me, first.id)).files).toEqual([{ path: "a.py", content, encoding: "utf8", size: content.length }]);
    });

    test("a blob nothing references any more is deleted; one still referenced stays", async () => {
      const unique = (name: string) => `${name} ${Math.random()}`;
      const [shared, replaced, deleted, kept] = [unique("shared"), unique("replaced"), unique("deleted"), unique("kept")];
      const blobs = async () =>
        (await getDb().blob.findMany({ where: { hash: { in: [shared, replaced, deleted, kept].map(sha256) } }, select: { hash: true } }))
          .map((blob) => blob.hash)
          .sort();
      const project = await createProject(me, {
        title: "Orphans",
        files: [text("a.py", replaced), text("b.py", deleted), text("c.py", shared), text("d.py", kept)],
      });
      const other = await createProject(me, { title: "Other", files: [text("c.py", shared)] });
      await updateProjectFiles(me, project.id, 1, [text("a.py", "new"), text("c.py", shared), text("d.py", kept)]);
      expect(await blobs()).toEqual([shared, kept].map(sha256).sort());
      await deleteProject(me, project.id);
      expect(await blobs()).toEqual([sha256(shared)]);
      await deleteProject(me, other.id);
      expect(await blobs()).toEqual([]);
    });

    test("a rename keeps the blob its bytes live in", async () => {
      const content = `renamed ${Math.random()}`;
      const project = await createProject(me, { title: "Rename", files: [text("old.py", content)] });
      await updateProjectFiles(me, project.id, 1, [text("new.py", content)]);
      expect((await getProject(me, project.id)).files).toEqual([{ path: "new.py", content, encoding: "utf8", size: content.length }]);
      expect((await findPreviewFile(project.slug, "new.py"))?.file?.size).toBe(content.length);
    });

    test("two files swapping contents keep both blobs", async () => {
      const [one, two] = [`one ${Math.random()}`, `two ${Math.random()}`];
      const project = await createProject(me, { title: "Swap", files: [text("a.py", one), text("b.py", two)] });
      await updateProjectFiles(me, project.id, 1, [text("a.py", two), text("b.py", one)]);
      expect((await getProject(me, project.id)).files.map((f) => [f.path, f.content])).toEqual([["a.py", two], ["b.py", one]]);
    });
  });
}
