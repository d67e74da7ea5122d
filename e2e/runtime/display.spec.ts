import { expect, test } from "@playwright/test";
import { engines, openPage, pyscriptPage } from "./project";

for (const engine of engines) {
  test.describe(`display and events on ${engine.name}`, () => {
    test("display shows text escaped, HTML as HTML, and objects by _repr_html_ next to the script", async ({ page, request }) => {
      const html = pyscriptPage(`
<script type="${engine.type}" id="s">
    from pyscript import display, HTML
    class Card:
        def _repr_html_(self):
            return "<b class='card'>rich</b>"
        def __repr__(self):
            return "plain"
    display("<i>not html</i>")
    display(HTML("<em class='em'>html</em>"), Card())
    class Picture:
        def _repr_png_(self):
            return b"\\x89PNG"
    display(Picture())
    display(42)
</script>
<div id="replace"><p>old</p></div>
<script type="${engine.type}">
    from pyscript import display
    display("new", target="replace", append=False)
</script>`);
      await openPage(page, request, html);
      const output = page.locator("#s + .py-output");
      await expect(output.locator("div").first()).toHaveText("<i>not html</i>");
      await expect(output.locator("em.em")).toHaveText("html");
      await expect(output.locator("b.card")).toHaveText("rich");
      await expect(output.locator("img")).toHaveAttribute("src", "data:image/png;base64,iVBORw==");
      await expect(output.locator("div").last()).toHaveText("42");
      await expect(page.locator("#replace")).toHaveText("new");
    });

    test("display: append=False replaces the default output, target takes an id with or without #", async ({ page, request }) => {
      const html = pyscriptPage(`
<div id="by-id"></div><div id="by-hash"></div>
<script type="${engine.type}" id="s">
    from pyscript import display
    display("one")
    display("two")
    display("three", "four", append=False)
    display("plain id", target="by-id")
    display("with hash", target="#by-hash")
</script>`);
      await openPage(page, request, html);
      await expect(page.locator("#by-hash")).toHaveText("with hash");
      await expect(page.locator("#by-id")).toHaveText("plain id");
      // As PyScript: append=False empties the target, then each value replaces the one before it.
      await expect(page.locator("#s + .py-output")).toHaveText("four");
    });

    test("the terminal attribute shows what the script prints", async ({ page, request }) => {
      const html = pyscriptPage(`<script type="${engine.type}" terminal>
    print("first line")
    print("second line")
</script>`);
      await openPage(page, request, html);
      const rows = page.locator(".py-terminal .xterm-rows > div");
      await expect(rows.nth(0)).toHaveText("first line");
      await expect(rows.nth(1)).toHaveText("second line");
    });

    test("@when handles clicks, with and without the event argument, on every element a selector list matches", async ({ page, request }) => {
      const html = pyscriptPage(`
<button id="a">A</button><button id="b">B</button><button class="c">C</button><button id="d">D</button>
<div id="out"></div>
<script type="${engine.type}">
    from pyscript import when, document
    @when("click", "#a")
    def on_a(event):
        document.getElementById("out").append("a:" + event.target.id + ";")
    @when("click", "#b")
    def on_b():
        document.getElementById("out").append("b;")
    @when("click", ".c, #d")
    def on_any(event):
        document.getElementById("out").append(event.target.textContent + ";")
    document.body.dataset.bound = "yes"
</script>`);
      await openPage(page, request, html);
      await expect(page.locator("body")).toHaveAttribute("data-bound", "yes");
      for (const button of ["#a", "#b", ".c", "#d"]) await page.click(button);
      await expect(page.locator("#out")).toHaveText("a:a;b;C;D;");
    });

    test(`${engine.prefix}-click calls the named function with the event`, async ({ page, request }) => {
      const html = pyscriptPage(`
<button id="go" ${engine.prefix}-click="clicked">Go</button><div id="out"></div>
<script type="${engine.type}">
    from pyscript import document
    def clicked(event):
        document.getElementById("out").textContent = "clicked " + event.type
    document.body.dataset.ready = "yes"
</script>`);
      await openPage(page, request, html);
      await expect(page.locator("body")).toHaveAttribute("data-ready", "yes");
      await page.click("#go");
      await expect(page.locator("#out")).toHaveText("clicked click");
    });
  });
}
