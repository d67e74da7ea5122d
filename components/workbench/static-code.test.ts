import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { StaticCode } from "./StaticCode";

const render = (path: string, content: string) => renderToStaticMarkup(createElement(StaticCode, { path, content }));
const lineNumbers = (html: string) => [...html.matchAll(/aria-hidden="true">(\d+)</g)].map((match) => Number(match[1]));

describe("the code shown before Monaco loads", () => {
  it("shows a large file's first screen only: 200 lines of a 500,000-line file, in a page of bounded size", () => {
    const html = render("main.py", "x = 1\n".repeat(500_000));
    const numbers = lineNumbers(html);
    expect(numbers.length).toBe(200);
    expect(numbers.at(-1)).toBe(200);
    expect(html.length).toBeLessThan(100_000);
  });

  it("stops at 20,000 characters when the first lines are very long", () => {
    const html = render("data.txt", `${"a".repeat(50_000)}\nb\n`);
    expect(lineNumbers(html)).toEqual([1]);
    expect(html).toContain("a".repeat(20_000));
    expect(html).not.toContain("a".repeat(20_001));
  });

  it("colours every token of a short file, across lines, and keeps its text", () => {
    const html = render("main.py", 'import sys\n# note\nprint("hi", 42)\n');
    expect(html).toMatch(/<span class="[^"]*keyword[^"]*">import<\/span> sys/);
    expect(html).toMatch(/<span class="[^"]*comment[^"]*"># note<\/span>/);
    expect(html).toMatch(/print\(<span class="[^"]*string[^"]*">&quot;hi&quot;<\/span>, <span class="[^"]*number[^"]*">42<\/span>\)/);
    expect(lineNumbers(html)).toEqual([1, 2, 3, 4]);
  });
});
