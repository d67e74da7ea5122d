/** The files of the `site` project and what the preview must answer for them. */
const wasm = Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0xff, 0xfe]);
const png = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");
export const secret = "TOP-SECRET-OTHER-PROJECT";

export const text = (path: string, content: string) => ({ path, content, encoding: "utf8" as const });
const binary = (path: string, bytes: Buffer) => ({ path, content: bytes.toString("base64"), encoding: "base64" as const });

export const siteFiles = [
  text("index.html", "<!doctype html><title>home</title>"),
  text("dir/index.html", "<!doctype html><title>dir</title>"),
  text("app.js", "console.log(1)"),
  text("mod.mjs", "export {}"),
  text("style.css", "body{}"),
  text("main.py", "print('hi')"),
  text("pyscript.toml", 'name = "x"'),
  text("data.json", "{}"),
  binary("lib.wasm", wasm),
  text("logo.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>"),
  binary("a.png", png),
  text("notes.txt", "notes"),
  text("README.md", "# hi"),
  text("blob.bin", "opaque"),
];

export const expectedTypes: [string, string][] = [
  ["/", "text/html; charset=utf-8"],
  ["/app.js", "text/javascript; charset=utf-8"],
  ["/mod.mjs", "text/javascript; charset=utf-8"],
  ["/style.css", "text/css; charset=utf-8"],
  ["/main.py", "text/x-python; charset=utf-8"],
  ["/pyscript.toml", "application/toml; charset=utf-8"],
  ["/data.json", "application/json; charset=utf-8"],
  ["/lib.wasm", "application/wasm"],
  ["/logo.svg", "image/svg+xml"],
  ["/a.png", "image/png"],
  ["/notes.txt", "text/plain; charset=utf-8"],
  ["/README.md", "text/markdown; charset=utf-8"],
  ["/blob.bin", "application/octet-stream"],
];

export const traversals = [
  "/../secret/secret.txt",
  "/dir/../../secret/secret.txt",
  "/%2e%2e/secret/secret.txt",
  "/%2E%2E/%2e%2e/secret/secret.txt",
  "/.%2e/secret/secret.txt",
  "/..%5csecret%5csecret.txt",
  "/..%5Csecret%5Csecret.txt",
  "/..\\secret\\secret.txt",
  "/dir\\..\\..\\secret.txt",
  "/secret.txt%00.html",
  "/secret.txt\u0000.html",
  "//secret/secret.txt",
  "/dir//index.html",
  "/C:/secret.txt",
  "/%2fsecret%2fsecret.txt",
  "/./index.html",
  "http://secret.preview.localhost/secret.txt",
];
