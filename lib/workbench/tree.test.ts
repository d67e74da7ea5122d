import { expect, test } from "vitest";
import { buildTree, languageOf, pathProblem } from "./tree";

test("the tree lists folders first, then files, with empty folders made in the editor", () => {
  const tree = buildTree(["main.py", "static/style.css", "index.html", "static/img/logo.png"], ["empty"]);
  expect(tree.map((n) => n.path)).toEqual(["empty", "static", "index.html", "main.py"]);
  const staticFolder = tree[1]!;
  expect(staticFolder.kind === "folder" && staticFolder.children.map((n) => n.path)).toEqual(["static/img", "static/style.css"]);
});

test("names the server would refuse are caught before saving", () => {
  expect(pathProblem("src/app.py")).toBeNull();
  expect(pathProblem("../x.py")).toMatch(/\.\./);
  expect(pathProblem("/x.py")).toMatch(/relative/);
  expect(pathProblem("a//b")).toMatch(/empty/);
});

test("each file type a project uses gets its highlighting", () => {
  expect(["main.py", "index.html", "a.css", "b.js", "c.json", "pyscript.toml", "notes.txt"].map(languageOf)).toEqual([
    "python", "html", "css", "javascript", "json", "toml", "plaintext",
  ]);
});
