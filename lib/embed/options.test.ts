import { describe, expect, test } from "vitest";
import { embedOptionsSchema, embedQuery, embedSnippet } from "./options";

describe("embed options", () => {
  test("defaults, and values that are not understood fall back to them", () => {
    expect(embedOptionsSchema.parse({})).toEqual({ view: "split", console: true, run: "auto" });
    expect(embedOptionsSchema.parse({ view: "nope", theme: "blue", console: "2", run: "later", v: "-1" })).toEqual({
      view: "split",
      console: true,
      run: "auto",
    });
  });

  test("every option is read from the query", () => {
    const parsed = embedOptionsSchema.parse({ view: "code", file: "app.py", theme: "dark", console: "0", run: "click", v: "3" });
    expect(parsed).toEqual({ view: "code", file: "app.py", theme: "dark", console: false, run: "click", v: 3 });
    expect(embedQuery(parsed)).toBe("?v=3&view=code&file=app.py&theme=dark&console=0&run=click");
    expect(embedQuery(embedOptionsSchema.parse({}))).toBe("");
  });

  test("a repeated parameter counts once", () => {
    expect(embedOptionsSchema.parse({ view: ["code", "preview"] }).view).toBe("code");
  });

  test("the snippet escapes the title", () => {
    const snippet = embedSnippet("https://app.test", "hello-1a2b3c4d", 'A "quoted" <title>', { run: "click" });
    expect(snippet).toContain('src="https://app.test/embed/hello-1a2b3c4d?run=click"');
    expect(snippet).toContain('title="A &quot;quoted&quot; &lt;title&gt;"');
  });
});
