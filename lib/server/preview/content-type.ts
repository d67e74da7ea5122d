const utf8 = "; charset=utf-8";

/**
 * By extension, for project files and the runtime's own files alike (runtime-assets.ts); anything unknown is
 * opaque bytes, which `nosniff` keeps the browser from executing.
 */
const contentTypes: ReadonlyMap<string, string> = new Map([
  ["html", `text/html${utf8}`],
  ["htm", `text/html${utf8}`],
  ["js", `text/javascript${utf8}`],
  ["mjs", `text/javascript${utf8}`],
  ["css", `text/css${utf8}`],
  ["py", `text/x-python${utf8}`],
  ["toml", `application/toml${utf8}`],
  ["json", `application/json${utf8}`],
  ["map", `application/json${utf8}`],
  ["txt", `text/plain${utf8}`],
  ["md", `text/markdown${utf8}`],
  ["csv", `text/csv${utf8}`],
  ["xml", `application/xml${utf8}`],
  // Pyodide refuses to stream-compile wasm served under any other type.
  ["wasm", "application/wasm"],
  ["svg", "image/svg+xml"],
  ["png", "image/png"],
  ["jpg", "image/jpeg"],
  ["jpeg", "image/jpeg"],
  ["gif", "image/gif"],
  ["webp", "image/webp"],
  ["ico", "image/x-icon"],
  ["woff2", "font/woff2"],
  ["zip", "application/zip"],
  ["whl", "application/zip"],
]);

export function contentTypeFor(path: string): string {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const dot = name.lastIndexOf(".");
  if (dot <= 0) return "application/octet-stream";
  return contentTypes.get(name.slice(dot + 1).toLowerCase()) ?? "application/octet-stream";
}

export function isHtml(contentType: string): boolean {
  return contentType.startsWith("text/html");
}

export function isJavaScript(contentType: string): boolean {
  return contentType.startsWith("text/javascript");
}
