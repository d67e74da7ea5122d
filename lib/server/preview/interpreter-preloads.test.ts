import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const { interpreterPreloads } = await import("./interpreter-preloads");

const base = "http://runtime.preview.localhost:3000/_runtime/0123456789ab/";
const page = (body: string, core = `${base}core.js?app=x`) => `<!doctype html><html><head>
<script type="module" src="${core}"></script></head><body>${body}</body></html>`;

const micropython = [
  `<${base}micropython/micropython.mjs>; rel=modulepreload`,
  `<${base}micropython/micropython.wasm>; rel=preload; as=fetch; crossorigin=anonymous`,
];
const pyodide = [
  `<${base}pyodide/pyodide.mjs>; rel=modulepreload`,
  `<${base}pyodide/pyodide.asm.mjs>; rel=modulepreload`,
  `<${base}pyodide/pyodide.asm.wasm>; rel=preload; as=fetch; crossorigin=anonymous`,
  `<${base}pyodide/pyodide-lock.json>; rel=preload; as=fetch; crossorigin=anonymous`,
];
const links = (html: string) => interpreterPreloads(html, base)?.split(", ") ?? [];

describe("interpreterPreloads: the Link header of a page on our runtime", () => {
  it("names the interpreter files of the engines its main-thread scripts use, whatever the spelling", () => {
    expect(links(page(`<script type="mpy">print(1)</script>`))).toEqual(micropython);
    expect(links(page(`<SCRIPT TYPE='micropython' src="main.py"></SCRIPT>`))).toEqual(micropython);
    expect(links(page(`<py-script>print(1)</py-script>`))).toEqual(pyodide);
    expect(links(page(`<script type=py>1</script><mpy-script>2</mpy-script>`))).toEqual([...pyodide, ...micropython]);
  });

  it("leaves out worker scripts, whose interpreter loads in the worker", () => {
    expect(links(page(`<script type="py" worker src="w.py"></script><script type="mpy" worker>1</script>`))).toEqual([]);
    expect(links(page(`<script type="py" worker name="w"></script><script type="mpy">1</script>`))).toEqual(micropython);
  });

  it("says nothing for a page that does not load our core.js, or has no Python", () => {
    expect(interpreterPreloads(page(`<script type="mpy">1</script>`, "https://example.com/core.js"), base)).toBeNull();
    expect(interpreterPreloads(page(`<script type="module">1</script><script type="text/python">1</script>`), base)).toBeNull();
  });
});
