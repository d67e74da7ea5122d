import { expect, test } from "vitest";
import { defaultEmbedOptions, embedSnippet, embedUrl } from "./embed-code";

test("the embed URL carries every option, and the version only when one is chosen", () => {
  expect(embedUrl("http://localhost:3000", "demo-ab12cd34", defaultEmbedOptions)).toBe(
    "http://localhost:3000/embed/demo-ab12cd34?view=split&theme=light&console=0&run=click",
  );
  expect(embedUrl("https://app.example", "demo", { view: "code", theme: "dark", console: true, run: "auto", version: 3, file: "lib/a b.py" })).toBe(
    "https://app.example/embed/demo?v=3&view=code&file=lib%2Fa+b.py&theme=dark&console=1&run=auto",
  );
});

test("the snippet escapes the title and the URL into attributes", () => {
  const snippet = embedSnippet("https://app.example/embed/x?view=code&theme=dark", 'My "best" <demo>');
  expect(snippet).toContain('src="https://app.example/embed/x?view=code&amp;theme=dark"');
  expect(snippet).toContain('title="My &quot;best&quot; &lt;demo> · PySandbox"');
  expect(snippet.startsWith("<iframe ")).toBe(true);
  expect(snippet.trimEnd().endsWith("</iframe>")).toBe(true);
});
