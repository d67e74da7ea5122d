import { expect, test } from "@playwright/test";
import { createProject } from "../support/projects";
import { pageHtml, threadModes } from "../workers/matrix";
import { engines } from "../runtime/project";

/**
 * `pyscript.fs` on Chromium's origin private file system: a folder handle granted earlier is what
 * IndexedDB holds under the mount's `id`, so this seeds one there (no picker, no gesture) from a page of
 * the project's origin without Python, before the page that mounts it opens.
 */
const seed = async () => {
  const root = await navigator.storage.getDirectory();
  await root.removeEntry("mounted", { recursive: true }).catch(() => undefined);
  const folder = await root.getDirectoryHandle("mounted", { create: true });
  const write = async (directory: FileSystemDirectoryHandle, name: string, text: string) => {
    const writable = await (await directory.getFileHandle(name, { create: true })).createWritable();
    await writable.write(text);
    await writable.close();
  };
  await write(folder, "hello.txt", "hi from the folder");
  await write(await folder.getDirectoryHandle("sub", { create: true }), "inner.txt", "inside");
  const opening = indexedDB.open("pyscript-fs", 1);
  opening.onupgradeneeded = () => opening.result.createObjectStore("handles");
  const database = await new Promise<IDBDatabase>((resolve, reject) => {
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error);
  });
  const transaction = database.transaction("handles", "readwrite");
  transaction.objectStore("handles").put(folder, "pyscript");
  await new Promise((resolve) => (transaction.oncomplete = resolve));
  database.close();
};

const checks = `
import os
from pyscript import RUNNING_IN_WORKER, document, fs
await fs.mount("/mnt")
out = ["mounted=%s" % list(fs.mounted), open("/mnt/hello.txt").read(), open("/mnt/sub/inner.txt").read()]
with open("/mnt/new.txt", "w") as file:
    file.write("written by Python")
os.remove("/mnt/hello.txt")
await fs.sync("/mnt")
out.append("synced")
await fs.unmount("/mnt")
out.append("after unmount=%s" % os.listdir("/mnt"))
await fs.revoke("/mnt")
out.append("revoked, mounted=%s" % list(fs.mounted))
if RUNNING_IN_WORKER:
    # The page's showDirectoryPicker needs a click, so a worker cannot ask for a folder anew.
    try:
        await fs.mount("/again")
    except RuntimeError as error:
        out.append("no folder: " + str(error).split(",")[0])
document.body.dataset.results = " | ".join(out)
`;

/** The folder as JavaScript sees it: file names (sub-folders end with /) and the text of new.txt. */
const folderState = async () => {
  const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle("mounted");
  const names: string[] = [];
  // TypeScript's DOM types lack the handle's async iteration, which Chromium has.
  const listed = folder as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> };
  for await (const [name, entry] of listed.entries()) names.push(entry.kind === "directory" ? `${name}/` : name);
  const written = await (await (await folder.getFileHandle("new.txt")).getFile()).text();
  const opening = indexedDB.open("pyscript-fs", 1);
  const database = await new Promise<IDBDatabase>((resolve) => (opening.onsuccess = () => resolve(opening.result)));
  const request = database.transaction("handles").objectStore("handles").count("pyscript");
  const kept = await new Promise<number>((resolve) => (request.onsuccess = () => resolve(request.result)));
  return { names: names.sort(), written, kept };
};

for (const engine of engines) {
  for (const mode of threadModes) {
    test(`fs on ${engine.name}, ${mode.name}: mount a folder, read it, write, sync back, unmount, revoke forgets the folder`, async ({ page, request }) => {
      const { url } = await createProject(
        request,
        [
          { path: "index.html", content: pageHtml(`<script type="${engine.type}"${mode.worker ? " worker" : ""} src="./checks.py"></script>`) },
          { path: "checks.py", content: checks },
          { path: "blank.html", content: "<!doctype html><title>blank</title>" },
        ],
        { isolated: mode.isolated },
      );
      await page.goto(new URL("blank.html", url).href);
      await page.evaluate(seed);
      await page.goto(url);
      await expect(page.locator("body")).toHaveAttribute(
        "data-results",
        "mounted=['/mnt'] | hi from the folder | inside | synced | after unmount=[] | revoked, mounted=[]" +
          (mode.worker ? " | no folder: fs.mount in a worker: no folder is stored under id 'pyscript'" : ""),
        { timeout: 60_000 },
      );
      expect(await page.evaluate(folderState)).toEqual({ names: ["new.txt", "sub/"], written: "written by Python", kept: 0 });
    });
  }
}
