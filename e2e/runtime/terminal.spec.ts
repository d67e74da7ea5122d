import { expect, test, type Locator, type Page } from "@playwright/test";
import { openWorkerPage, workerTypes, scriptTypeOf } from "../workers/matrix";
import { engines, openPage, pyscriptPage } from "./project";

/**
 * PyScript's `terminal` attribute: an xterm.js terminal we serve ourselves. Interactive in workers
 * (`input()` reads a line typed into it), MicroPython's REPL through `code.interact()`, several
 * on one page. The rows xterm renders are text in the DOM, so the test reads what a person sees.
 */
const rows = (terminal: Locator) => terminal.locator(".xterm-rows");

async function typeLine(page: Page, terminal: Locator, text: string): Promise<void> {
  await terminal.click();
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
}

for (const [worker, isolated] of workerTypes.flatMap((w) => [[w, true], [w, false]] as const)) {
  const type = scriptTypeOf[worker];

  test(`input() in a ${worker} worker reads the line typed into its terminal (${isolated ? "isolated" : "not isolated: service worker"})`, async ({ page, request }) => {
    await openWorkerPage(page, request, `<script type="${type}" worker terminal>
name = input("What is your name? ")
print(f"Hello, {name}!")
</script>`, { isolated });
    const terminal = page.locator(".py-terminal");
    await expect(rows(terminal)).toContainText("What is your name?", { timeout: 60_000 });
    await typeLine(page, terminal, "Ada");
    await expect(rows(terminal)).toContainText("Hello, Ada!");
  });
}

test("code.interact() starts MicroPython's REPL in a MicroPython worker's terminal, in the script's namespace", async ({ page, request }) => {
  await openWorkerPage(page, request, `<script type="mpy" worker terminal>
x = 21
print("script done")
import code
code.interact()
</script>`, { isolated: true });
  const terminal = page.locator(".py-terminal");
  await expect(rows(terminal)).toContainText(">>>", { timeout: 60_000 });
  await expect(rows(terminal)).toContainText("script done");
  await typeLine(page, terminal, "print(x * 2, 'from the REPL')");
  await expect(rows(terminal)).toContainText("42 from the REPL");
});

test("Pyodide's code.interact() is a REPL in a Pyodide worker's terminal", async ({ page, request }) => {
  await openWorkerPage(page, request, `<script type="py" worker terminal>
import code
answer = 6 * 7
code.interact(local={"answer": answer})
</script>`, { isolated: true });
  const terminal = page.locator(".py-terminal");
  await expect(rows(terminal)).toContainText(">>>", { timeout: 60_000 });
  await typeLine(page, terminal, "print('answer is', answer)");
  await expect(rows(terminal)).toContainText("answer is 42");
});

test("two worker terminals on one page each read their own input", async ({ page, request }) => {
  await openWorkerPage(page, request, `<script type="py" worker terminal id="first">
print("first says", input("first? "))
</script>
<script type="mpy" worker terminal id="second">
print("second says", input("second? "))
</script>`, { isolated: true });
  const [first, second] = [page.locator("#first + .py-terminal"), page.locator("#second + .py-terminal")];
  await expect(rows(first)).toContainText("first?", { timeout: 60_000 });
  await expect(rows(second)).toContainText("second?", { timeout: 60_000 });
  await typeLine(page, second, "two");
  await typeLine(page, first, "one");
  await expect(rows(first)).toContainText("first says one");
  await expect(rows(second)).toContainText("second says two");
  await expect(rows(first)).not.toContainText("two");
});

for (const engine of engines) {
  test(`a main-thread ${engine.name} terminal shows what the script prints`, async ({ page, request }) => {
    await openPage(page, request, pyscriptPage(`<script type="${engine.type}" terminal>print("hello world")</script>`));
    await expect(rows(page.locator(".py-terminal"))).toContainText("hello world", { timeout: 60_000 });
  });
}

test("when xterm cannot load, the terminal is plain text and still shows the output", async ({ page, request }) => {
  await page.route(/\/_runtime\/[0-9a-f]+\/xterm\.js$/, (route) => route.abort());
  await openPage(page, request, pyscriptPage(`<script type="mpy" terminal>print("plain output")</script>`));
  const terminal = page.locator(".py-terminal");
  await expect(terminal.locator("pre")).toHaveText("plain output\n", { timeout: 60_000 });
  await expect(terminal.locator(".xterm")).toHaveCount(0);
});
